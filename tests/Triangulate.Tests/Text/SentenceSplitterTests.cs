using Triangulate.Text;

namespace Triangulate.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        [.. SentenceSplitter.Split(text).Select(sentence => sentence.Span.Slice(text))];

    [Theory]
    [InlineData("Gen. Syrskyi said the line held. Russian troops advanced 1.45 km.", 2)]
    [InlineData("В 2024 г. бои шли у Часова Яра. Войска продвинулись на 1,5 км.", 2)]
    [InlineData("Речь идет о позициях, т.е. о двух опорниках. Противник отошел.", 2)]
    [InlineData("Бои шли у ст. Железная. Противник отошел…", 2)]
    [InlineData("«Наши ребята двинулись в центр города». — сказал Кимаковский.", 1)]
    [InlineData("Окупанти зайшли в Торецьк (рос. Дзержинск). Бої тривають.", 2)]
    [InlineData("“We are holding,” he said. Then the shelling resumed.", 2)]
    [InlineData("Командир И. Петров доложил о штурме. Штурм отбит.", 2)]
    [InlineData("Russian attacks on Kherson Oblast on Oct. 26 killed one civilian, Gov. Oleksandr Prokudin said. Five homes were damaged.", 2)]
    public void Split_NewsProse_CountsSentences(string text, int count) =>
        Assert.Equal(count, Sentences(text).Length);

    [Theory]
    [InlineData("Про це повідомив голова ОВА.«Обстрілюють дуже сильно», — сказав він.", "Про це повідомив голова ОВА.")]
    [InlineData("The town is still held by Ukrainian forces.Russian troops shelled it overnight.", "The town is still held by Ukrainian forces.")]
    [InlineData("У Харкові пошкоджено десять будинків.Суспільне", "У Харкові пошкоджено десять будинків.")]
    public void Split_StopWithoutSpaceBeforeCapitalOrQuote_EndsSentence(string text, string first)
    {
        var sentences = Sentences(text);

        Assert.Equal(2, sentences.Length);
        Assert.Equal(first, sentences[0]);
    }

    [Theory]
    [InlineData("The mayor told Censor.NET that two drones were shot down.", 1)]
    [InlineData("Москва. 2 марта. INTERFAX.RU - Войска заняли село.", 3)]
    [InlineData("Удар по м.Київ відбито силами ППО.", 1)]
    [InlineData("Звернення підписав В.Зеленський.", 1)]
    public void Split_DotInAddressOrInitial_DoesNotEndSentence(string text, int count) =>
        Assert.Equal(count, Sentences(text).Length);

    [Fact]
    public void Split_Newlines_StartNewParagraphs()
    {
        var sentences = SentenceSplitter.Split("First line. Second sentence.\nNew paragraph");

        Assert.Equal([0, 0, 1], sentences.Select(sentence => sentence.Paragraph));
    }

    [Fact]
    public void Split_HeadlinesJoinedByADoubleBar_AreSentencesOfTheirOwn()
    {
        const string text = "Дрони атакували нафтобазу під Тамбовом — новини дня || На нафтобазі триває пожежа";

        Assert.Equal(["Дрони атакували нафтобазу під Тамбовом — новини дня", "На нафтобазі триває пожежа"], Sentences(text));
    }

    [Fact]
    public void Split_Spans_AreExactAndTrimmed()
    {
        const string text = "  Troops advanced.   They held.  ";

        Assert.Equal(["Troops advanced.", "They held."], Sentences(text));
    }

    [Fact]
    public void SplitClauses_CoordinatedClauses_SplitAtConjunction()
    {
        const string text = "ЗСУ відбили 12 атак, а противник просунувся.";
        var sentence = Assert.Single(SentenceSplitter.Split(text));

        var clauses = SentenceSplitter.SplitClauses(text, sentence.Span).Select(span => span.Slice(text));

        Assert.Equal(["ЗСУ відбили 12 атак", "противник просунувся."], clauses);
    }
}
