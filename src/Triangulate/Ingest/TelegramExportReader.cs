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
        Channel channel;
        try
        {
            channel = new Channel(Name: String(export, "name"), Username: options.TelegramUsername ?? String(export, "username"));
        }
        catch (InvalidOperationException error)
        {
            return [ReadOutcome.Rejected(new InputLocation(path), RejectionReason.MalformedJson, error.Message)];
        }
        var outcomes = new List<ReadOutcome>();
        var number = 0;
        foreach (var message in messages.EnumerateArray())
        {
            number++;
            if (message.ValueKind == JsonValueKind.Object && String(message, "type") == "message")
            {
                try
                {
                    outcomes.AddRange(ReadMessage(path, number, message, channel, options));
                }
                catch (InvalidOperationException error)
                {
                    // A string escaping half of a surrogate pair ("\ud800"): well-formed JSON, but no text can hold it.
                    outcomes.Add(ReadOutcome.Rejected(new InputLocation(path, number), RejectionReason.MalformedJson, error.Message));
                }
            }
        }
        return outcomes;
    }

    private static IEnumerable<ReadOutcome> ReadMessage(string path, int number, JsonElement message, Channel channel, IngestOptions options)
    {
        if (!TryMessageId(message, out var id))
        {
            yield return ReadOutcome.Rejected(new InputLocation(path, number), RejectionReason.BadValue,
                $"message id {message.GetProperty("id").GetRawText()} is not a whole number");
            yield break;
        }
        var location = new InputLocation(path, id ?? number);
        var text = message.TryGetProperty("text", out var textElement) ? Flatten(textElement) : "";
        if (string.IsNullOrWhiteSpace(text))
        {
            // A photo, video or sticker without a caption: nothing to read, and not a fault of the input.
            yield break;
        }
        if (!TryPublished(message, out var published))
        {
            yield return ReadOutcome.Rejected(location, RejectionReason.BadDate,
                $"date '{Scalar(message, "date_unixtime") ?? Scalar(message, "date")}' is not a date");
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

    /// <summary>The message's Telegram id: none when the export gives none, false when it gives something else than a whole number.</summary>
    private static bool TryMessageId(JsonElement message, out int? id)
    {
        id = null;
        if (!message.TryGetProperty("id", out var element))
        {
            return true;
        }
        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value))
        {
            id = value;
            return true;
        }
        return false;
    }

    /// <summary>
    /// The exact instant from <c>date_unixtime</c> when the export has it (text, as Telegram writes it, or a number);
    /// older exports only have <c>date</c>, in the exporting computer's local time without an offset, which is taken as
    /// UTC. A date that is there but unreadable or outside the calendar is no date.
    /// </summary>
    private static bool TryPublished(JsonElement message, out DateTimeOffset? published)
    {
        published = null;
        if (message.TryGetProperty("date_unixtime", out var unix) && unix.ValueKind != JsonValueKind.Null)
        {
            if (Scalar(message, "date_unixtime") is not { } digits
                || !long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds)
                || seconds < UnixSecondsRange.Min || seconds > UnixSecondsRange.Max)
            {
                return false;
            }
            published = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return true;
        }
        return InputDates.TryParseOptional(String(message, "date"), DateForm.Iso, out published);
    }

    // The seconds DateTimeOffset can hold: years 1 to 9999.
    private static readonly (long Min, long Max) UnixSecondsRange =
        (DateTimeOffset.MinValue.ToUnixTimeSeconds(), DateTimeOffset.MaxValue.ToUnixTimeSeconds());

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

    /// <summary>A string or number property as text, as a date or an id may come.</summary>
    private static string? Scalar(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetRawText() : String(element, name);

    private sealed record Channel(string? Name, string? Username);
}
