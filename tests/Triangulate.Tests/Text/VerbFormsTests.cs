using Triangulate.Text;

namespace Triangulate.Tests.Text;

public sealed class VerbFormsTests
{
    private static readonly VerbForms Forms = new([("took", "take"), ("taken", "take"), ("hitting", "hit"), ("fell", "fall"), ("fallen", "fall")]);

    [Theory]
    [InlineData("push", new[] { "push", "pushes", "pushed", "pushing" })]
    [InlineData("enter", new[] { "enter", "enters", "entered", "entering" })]
    [InlineData("seize", new[] { "seize", "seizes", "seized", "seizing" })]
    [InlineData("deny", new[] { "deny", "denies", "denied", "denying" })]
    [InlineData("hit", new[] { "hit", "hits", "hited", "hiting", "hitting" })]
    [InlineData("take", new[] { "take", "takes", "taked", "taking", "took", "taken" })]
    public void Of_RegularRulesAndListedExceptions_GiveEveryForm(string lemma, string[] expected) =>
        Assert.Equal(expected, Forms.Of(lemma));

    [Fact]
    public void Expand_MarkedWordInsideAPhrase_InflectsItAndKeepsTheRestAStem() =>
        Assert.Equal(["fall back", "falls back", "falled back", "falling back", "fell back", "fallen back"], Forms.Expand("fall~ back"));

    [Fact]
    public void Expand_MarkedWordEndingTheCue_EndsAWordInEveryForm() =>
        Assert.Equal(["enter=", "enters=", "entered=", "entering="], Forms.Expand("enter~"));

    [Fact]
    public void Expand_CueWithoutMark_IsItself() =>
        Assert.Equal(["captur"], Forms.Expand("captur"));

    [Fact]
    public void Default_WordNetExceptions_GiveIrregularPastsAndDoubledConsonants()
    {
        Assert.Contains("took", VerbForms.Default.Of("take"));
        Assert.Contains("shot", VerbForms.Default.Of("shoot"));
        Assert.Contains("stopped", VerbForms.Default.Of("stop"));
        Assert.Contains("repelling", VerbForms.Default.Of("repel"));
    }
}
