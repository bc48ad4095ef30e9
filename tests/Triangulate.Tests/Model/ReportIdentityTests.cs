using System.Text;
using Triangulate.Model;

namespace Triangulate.Tests.Model;

public sealed class ReportIdentityTests
{
    [Theory]
    [InlineData("https://www.tass.ru/armiya-i-opk/21234567?utm_source=telegram&utm_medium=share#comments")]
    [InlineData("http://TASS.ru/armiya-i-opk/21234567/")]
    [InlineData("https://tass.ru/armiya-i-opk/21234567")]
    public void NormalizeUrl_TrackingParametersSchemeHostCaseAndTrailingSlash_GiveOneKey(string url)
    {
        Assert.Equal("//tass.ru/armiya-i-opk/21234567", ReportIdentity.NormalizeUrl(url));
    }

    [Fact]
    public void NormalizeUrl_MeaningfulQueryParameters_AreKeptInStableOrder()
    {
        Assert.Equal(
            ReportIdentity.NormalizeUrl("https://nv.ua/ukr/allnews.html?page=16&lang=uk"),
            ReportIdentity.NormalizeUrl("https://nv.ua/ukr/allnews.html?lang=uk&page=16"));
        Assert.NotEqual(
            ReportIdentity.NormalizeUrl("https://nv.ua/ukr/allnews.html?page=16"),
            ReportIdentity.NormalizeUrl("https://nv.ua/ukr/allnews.html?page=17"));
    }

    [Fact]
    public void HashText_WhitespaceAndUnicodeFormDifferences_GiveTheSameHash()
    {
        var composed = "Російські війська атакували біля Часового Яру.";
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        var spaced = "  Російські   війська атакували\r\nбіля Часового Яру. \n";

        Assert.Equal(ReportIdentity.HashText(composed), ReportIdentity.HashText(decomposed));
        Assert.Equal(ReportIdentity.HashText(composed), ReportIdentity.HashText(spaced));
    }

    [Fact]
    public void HashText_ChangedWords_GiveAnotherHash()
    {
        Assert.NotEqual(
            ReportIdentity.HashText("ЗСУ відбили 12 атак поблизу Торецька."),
            ReportIdentity.HashText("ЗСУ відбили 13 атак поблизу Торецька."));
    }

    [Fact]
    public void With_ChangedText_RederivesTheContentHash()
    {
        var report = new Report("x", "ТАСС", "https://tass.ru/1", null, "ru", null, "Первый текст.", new InputLocation("a.jsonl", 1));

        var revised = report with { Text = "Второй текст." };

        Assert.Equal(ReportIdentity.HashText("Второй текст."), revised.ContentHash);
    }

    [Fact]
    public void NormalizeUrl_HostNoIdnEncodingTakes_KeepsTheUrlAsWritten()
    {
        Assert.Equal("https://ex\uFFFDample.org/a", ReportIdentity.NormalizeUrl(" https://ex\uFFFDample.org/a "));
    }
}
