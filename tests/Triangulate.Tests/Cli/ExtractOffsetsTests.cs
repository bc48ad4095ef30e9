using System.Text.Json;
using Triangulate.Tests.Export;

namespace Triangulate.Tests.Cli;

/// <summary>
/// Telegram posts carry emoji, which UTF-16 counts twice and Python once: <c>extract --format json</c> gives both
/// offsets, and each slices the same words out of the report's text in its own language.
/// </summary>
public sealed class ExtractOffsetsTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private const string Post = "🔥🔥🔥 ⚡️ Окупанти обстріляли околиці Херсона зранку, повідомляє обласна адміністрація 🇺🇦. " +
        "Російські війська атакували Чорнобаївку 😡, заявили в Генштабі ЗСУ.";

    private string TelegramExport() => temp.Write("result.json", JsonSerializer.Serialize(new
    {
        name = "Херсонський вісник",
        type = "public_channel",
        id = 1654321987,
        messages = new object[]
        {
            new { id = 7, type = "message", date = "2024-07-04T06:15:40", from = "Херсонський вісник", from_id = "channel1654321987", text = Post },
        },
    }));

    [Fact]
    public async Task Extract_TelegramPostWithEmoji_CodePointOffsetsSliceTheSameWordsAsUtf16Offsets()
    {
        var result = await CliRunner.RunAsync("extract", TelegramExport(), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var document = JsonDocument.Parse(result.Output).RootElement[0];
        var spans = document.GetProperty("places").EnumerateArray()
            .Concat(document.GetProperty("claims").EnumerateArray())
            .ToList();
        Assert.Contains(spans, span => span.GetProperty("startCp").GetInt32() < span.GetProperty("start").GetInt32());
        foreach (var span in spans)
        {
            var (start, end) = (span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32());
            var (startCp, endCp) = (span.GetProperty("startCp").GetInt32(), span.GetProperty("endCp").GetInt32());
            Assert.Equal(Post[start..end], CodePointOffsetsTests.SliceByCodePoints(Post, startCp, endCp));
        }
    }

    [Fact]
    public async Task Extract_TelegramPostWithEmoji_ClaimSpansDifferByTheEmojiBeforeThem()
    {
        var result = await CliRunner.RunAsync("extract", TelegramExport(), "--format", "json");

        var claims = JsonDocument.Parse(result.Output).RootElement[0].GetProperty("claims").EnumerateArray().ToList();
        Assert.NotEmpty(claims);
        foreach (var claim in claims)
        {
            var start = claim.GetProperty("start").GetInt32();
            var astralBefore = Post[..start].EnumerateRunes().Count(rune => rune.Utf16SequenceLength == 2);
            Assert.Equal(start - astralBefore, claim.GetProperty("startCp").GetInt32());
        }
    }
}
