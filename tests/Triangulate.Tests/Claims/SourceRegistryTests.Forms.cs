using Triangulate.Model;

namespace Triangulate.Tests.Claims;

/// <summary>Names found in any grammatical case by their generated forms, and words that must not be taken for names.</summary>
public sealed partial class SourceRegistryTests
{
    [Theory]
    [InlineData("Об этом заявила Мария Захарова.", "zakharova")]
    [InlineData("По словам Марии Захаровой, удар был нанесен ночью.", "zakharova")]
    [InlineData("Як зазначила речниця Наталія Гуменюк, ворог відступив.", "humeniuk")]
    [InlineData("За словами Наталії Гуменюк, ворог відступив.", "humeniuk")]
    [InlineData("Доповідь Олександру Сирському надійшла вранці.", "syrskyi")]
    [InlineData("Про це повідомили в Міністерстві оборони України.", "ua_mod")]
    [InlineData("Заява Міністерства оборони України з'явилася вранці.", "ua_mod")]
    [InlineData("Министерству обороны России известно о потерях.", "ru_mod")]
    [InlineData("Інформацію підтверджено Генштабом ЗСУ.", "ua_general_staff")]
    [InlineData("Удар завдано Силами оборони півдня.", "ua_southern_defence_forces")]
    [InlineData("Речник Державної прикордонної служби України заявив про обстріл.", "ua_border_guard")]
    [InlineData("Бійці 93-ї окремої механізованої бригади відбили штурм.", "ua_93rd_brigade")]
    [InlineData("Об этом сообщил Песков.", "peskov")]
    [InlineData("Як повідомив Віталій Кім, ракета влучила в порт.", "kim")]
    public void FindIn_NameInAnyCase_FindsItsSource(string text, string id) =>
        Assert.Contains(id, Registry.FindIn(text, new Span(0, text.Length)).Select(match => match.Source.Id));

    [Theory]
    [InlineData("Кім Чен Ин заявив про підтримку Росії.")]
    [InlineData("Ігнат заявив, що ворог атакував.")]
    [InlineData("Назар сказав, що все спокійно.")]
    [InlineData("В редакцию пришли известия с фронта.")]
    [InlineData("Про це розповіли в громадському просторі, суспільне життя триває.")]
    [InlineData("A Kremlin-backed official said the station was taken.")]
    public void FindIn_CommonWordOrGivenNameOrAmbiguousSurname_FindsNoSource(string text) =>
        Assert.Empty(Registry.FindIn(text, new Span(0, text.Length)));

    [Fact]
    public void FindIn_CapitalisedOutletName_FindsTheOutlet()
    {
        const string text = "Как пишут «Известия», ракета упала в поле.";

        Assert.Equal(["izvestia"], Registry.FindIn(text, new Span(0, text.Length)).Select(match => match.Source.Id));
    }

    [Fact]
    public void FindIn_MaleSurname_DoesNotTakeTheFemaleForm()
    {
        // Pushilin is a man: "Пушилиной" is another person's name, not a case of his.
        const string text = "Об этом сообщила Пушилиной близкая знакомая.";

        Assert.DoesNotContain("pushilin", Registry.FindIn(text, new Span(0, text.Length)).Select(match => match.Source.Id));
    }
}
