using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

public sealed class ArticleFurnitureTests
{
    [Theory]
    [InlineData("Facebook X Telegram")]
    [InlineData("Поділитися: Facebook | Telegram | Viber 12")]
    [InlineData("Share Facebook X LinkedIn Email")]
    [InlineData("Facebook · X · Copy link")]
    [InlineData("Читайте також: Окупанти вдарили по Дружківці")]
    [InlineData("Читайте также — «ВСУ отошли от Угледара»")]
    [InlineData("Read also: Myrnohrad residents queue for evacuation buses")]
    [InlineData("Помітили помилку? Виділіть її та натисніть Ctrl+Enter")]
    [InlineData("Spotted an error? Select the text and press Ctrl + Enter.")]
    [InlineData("Теги: Костянтинівка, обстріли")]
    [InlineData("Коментарі (3)")]
    [InlineData("Comments")]
    [InlineData("Новости по теме")]
    public void IsFurniture_PageFurnitureLines_AreFurniture(string paragraph) =>
        Assert.True(ArticleFurniture.IsFurniture(paragraph));

    [Theory]
    [InlineData("Reading also showed that the brigade had withdrawn from Vuhledar.")]
    [InlineData("Коментарі експертів свідчать, що окупанти просунулися біля Торецька.")]
    [InlineData("Telegram-канали окупантів заявили про захоплення Нью-Йорка.")]
    [InlineData("X and Y villages were shelled overnight, the regional administration said.")]
    [InlineData("Share of destroyed housing in Toretsk reached 80 percent.")]
    [InlineData("Теги на стінах залишили російські військові, розповіли мешканці.")]
    public void IsFurniture_StorySentencesThatStartLikeFurniture_AreKept(string paragraph) =>
        Assert.False(ArticleFurniture.IsFurniture(paragraph));
}
