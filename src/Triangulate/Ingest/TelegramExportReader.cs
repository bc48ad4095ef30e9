using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Triangulate.Model;

namespace Triangulate.Ingest;

/// <summary>
/// A Telegram Desktop export in JSON (<c>result.json</c>: the chat's name, type and id, and its messages). Each
/// message with text becomes a report; service messages (channel created, pinned, …) and media without a caption
/// are passed over, as they carry no report. The publisher is the channel's name, a forward keeps the channel it
/// came from, and the message's item number is its Telegram id so that an analyst can find it again.
/// </summary>
public sealed class TelegramExportReader : IReportReader
{
    public const string ExportFileName = "result.json";

    public string Format => "telegram";

    public bool CanRead(string path, ReadOnlySpan<byte> head)
    {
        if (Path.GetFileName(path).Equals(ExportFileName, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        // Another name, same shape: a JSON object whose head already shows the "messages" array.
        return Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase)
            && head.TrimStart(" \t\r\n\uFEFF"u8).StartsWith("{"u8)
            && head.IndexOf("\"messages\""u8) >= 0;
    }

    public IEnumerable<ReadOutcome> Read(string path, Stream content, IngestOptions options)
    {
        if (!InputText.TryReadUtf8(path, content, out var bytes, out var rejection))
        {
            return [rejection];
        }
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return ReadExport(path, document.RootElement, options);
        }
        catch (JsonException error)
        {
            var line = error.LineNumber is { } zeroBased ? (int)zeroBased + 1 : (int?)null;
            return [ReadOutcome.Rejected(new InputLocation(path, line), RejectionReason.MalformedJson, error.Message)];
        }
    }

    private static List<ReadOutcome> ReadExport(string path, JsonElement export, IngestOptions options)
    {
        if (export.ValueKind != JsonValueKind.Object
            || !export.TryGetProperty("messages", out var messages)
            || messages.ValueKind != JsonValueKind.Array)
        {
            return [ReadOutcome.Rejected(new InputLocation(path), RejectionReason.MissingField, "no \"messages\" array")];
        }
        var channel = new Channel(
            Name: String(export, "name"),
            Username: options.TelegramUsername ?? String(export, "username"));
        var outcomes = new List<ReadOutcome>();
        var number = 0;
        foreach (var message in messages.EnumerateArray())
        {
            number++;
            if (message.ValueKind == JsonValueKind.Object && String(message, "type") == "message")
            {
                outcomes.AddRange(ReadMessage(path, number, message, channel, options));
            }
        }
        return outcomes;
    }

    private static IEnumerable<ReadOutcome> ReadMessage(string path, int number, JsonElement message, Channel channel, IngestOptions options)
    {
        var id = message.TryGetProperty("id", out var idElement) && idElement.TryGetInt32(out var value) ? value : (int?)null;
        var location = new InputLocation(path, id ?? number);
        var text = message.TryGetProperty("text", out var textElement) ? Flatten(textElement) : "";
        if (string.IsNullOrWhiteSpace(text))
        {
            // A photo, video or sticker without a caption: nothing to read, and not a fault of the input.
            yield break;
        }
        if (!TryPublished(message, out var published))
        {
            yield return ReadOutcome.Rejected(location, RejectionReason.BadDate, $"date '{String(message, "date")}' is not a date");
            yield break;
        }
        var relay = String(message, "forwarded_from") ?? String(message, "saved_from");
        yield return new ReportDraft
        {
            Text = text,
            ExternalId = id?.ToString(CultureInfo.InvariantCulture),
            Publisher = channel.Name ?? String(message, "from"),
            Url = channel.Username is { Length: > 0 } username && id is { } messageId
                ? $"https://t.me/{username.TrimStart('@')}/{messageId.ToString(CultureInfo.InvariantCulture)}"
                : null,
            Published = published,
            ForwardedFrom = relay is null ? [] : ImmutableArray.Create(relay),
        }.Complete(location, options);
    }

    /// <summary>
    /// The exact instant from <c>date_unixtime</c> when the export has it; older exports only have <c>date</c>, in the
    /// exporting computer's local time without an offset, which is taken as UTC.
    /// </summary>
    private static bool TryPublished(JsonElement message, out DateTimeOffset? published)
    {
        if (String(message, "date_unixtime") is { } unix
            && long.TryParse(unix, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            published = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return true;
        }
        return InputDates.TryParseOptional(String(message, "date"), DateForm.Iso, out published);
    }

    /// <summary>
    /// A message's text: a plain string, or an array of strings and entity objects (bold, link, hashtag, text_link…)
    /// whose "text" parts, concatenated, are the message as shown.
    /// </summary>
    internal static string Flatten(JsonElement text)
    {
        switch (text.ValueKind)
        {
            case JsonValueKind.String:
                return text.GetString() ?? "";
            case JsonValueKind.Array:
                var builder = new StringBuilder();
                foreach (var part in text.EnumerateArray())
                {
                    builder.Append(part.ValueKind == JsonValueKind.Object ? String(part, "text") : Flatten(part));
                }
                return builder.ToString();
            default:
                return "";
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed record Channel(string? Name, string? Username);
}
