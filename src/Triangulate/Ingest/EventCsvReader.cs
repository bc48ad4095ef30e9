using CsvHelper;
using Triangulate.Model;

namespace Triangulate.Ingest;

/// <summary>
/// Event datasets in CSV with a column of report text (VIINA's <c>representative_text</c>, ACLED's <c>notes</c>, UCDP
/// GED's <c>source_headline</c>, or a generic <c>text</c>/<c>description</c>/<c>body</c>; or
/// <see cref="IngestOptions.CsvTextColumn"/>). One report per row. The publisher is the row's source (for VIINA, the
/// first outlet id of <c>sources_matching</c>, such as "unian"; for ACLED, the first of the <c>source</c> names such as
/// "Ukrinform; Ministry of Defence of Ukraine"; for UCDP, the first of <c>source_office</c>), the url the first of its
/// source URLs, the id the dataset's event id, and the date the event's (VIINA's yyyymmdd, ACLED's "24 February 2022",
/// ISO 8601; UCDP's <c>date_start</c>).
/// </summary>
public sealed class EventCsvReader : IReportReader
{
    // UCDP GED has no text of the event, only its sources' headlines, and source_article repeats each headline after
    // its outlet and date ("Reuters,2022-03-02,…"): the headlines are the cleaner text, the articles the fallback.
    private static readonly string[] TextColumns =
        ["representative_text", "text", "notes", "description", "body", "source_headline", "source_article"];
    private static readonly string[] PublisherColumns = ["sources_matching", "sources", "source", "source_name", "source_office"];
    private static readonly string[] UrlColumns = ["source_urls", "source_url", "url"];
    private static readonly string[] DateColumns = ["date", "event_date", "published", "date_start"];
    private static readonly string[] IdColumns = ["event_id_1pd", "event_id_cnty", "event_id", "id"];
    private static readonly string[] TitleColumns = ["title", "headline"];
    private static readonly string[] LanguageColumns = ["language", "lang"];
    // Outlet names hold spaces ("Kyiv Independent"), so only VIINA's '|' and ACLED's ';' part a list of them; URLs hold
    // no spaces, and datasets part their lists with spaces and commas too.
    private static readonly char[] PublisherSeparators = ['|', ';'];
    private static readonly char[] UrlSeparators = ['|', ';', ' ', ','];

    /// <summary>The columns looked for, in this order, as the report text when no column is configured.</summary>
    public static IReadOnlyList<string> KnownTextColumns => Array.AsReadOnly(TextColumns);

    public string Format => "csv";

    public bool CanRead(string path, ReadOnlySpan<byte> head) =>
        Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ReadOutcome> Read(string path, Stream content, IngestOptions options)
    {
        if (!InputText.TryReadUtf8(path, content, out var bytes, out var rejection))
        {
            yield return rejection;
            yield break;
        }
        var malformed = new Queue<CsvMalformedRecord>();
        var csvOptions = new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = malformed.Enqueue,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
        };
        using var csv = CsvReader.Create(bytes, csvOptions);
        if (!TryReadHeader(csv, out var header, out var headerError))
        {
            yield return ReadOutcome.Rejected(new InputLocation(path, 1), RejectionReason.MalformedCsv, headerError);
            yield break;
        }
        var columns = Columns.Find(header, options.CsvTextColumn);
        if (columns.Text is null)
        {
            yield return ReadOutcome.Rejected(new InputLocation(path), RejectionReason.MissingField, MissingTextColumn(header, options.CsvTextColumn));
            yield break;
        }
        while (TryReadRow(csv, out var row, out var rowError))
        {
            while (malformed.TryDequeue(out var bad))
            {
                yield return ReadOutcome.Rejected(new InputLocation(path, (int)bad.LineNumber), RejectionReason.MalformedCsv, bad.Reason.ToString());
            }
            var location = new InputLocation(path, (int)csv.LineNumber);
            yield return rowError is null
                ? ReadRow(location, row, columns, options)
                : ReadOutcome.Rejected(location, RejectionReason.MalformedCsv, rowError);
        }
        while (malformed.TryDequeue(out var bad))
        {
            yield return ReadOutcome.Rejected(new InputLocation(path, (int)bad.LineNumber), RejectionReason.MalformedCsv, bad.Reason.ToString());
        }
    }

    /// <summary>Why no text column was found, with the file's own columns so that the right one can be named.</summary>
    private static string MissingTextColumn(string[] header, string? configured)
    {
        var columns = string.Join(", ", header.Select(h => h.Trim()));
        return configured is null
            ? $"no text column: none of {string.Join(", ", TextColumns)} is in its header ({columns})"
            : $"no column '{configured}', the text column asked for, in its header ({columns})";
    }

    private static ReadOutcome ReadRow(InputLocation location, string?[] row, Columns columns, IngestOptions options)
    {
        var date = columns.Cell(row, columns.Date);
        if (!InputDates.TryParseOptional(date, DateForm.Dataset, out var published))
        {
            return ReadOutcome.Rejected(location, RejectionReason.BadDate,
                $"date '{date}' is not a calendar day in a known form: {InputDates.DatasetFormsDescription}");
        }
        return new ReportDraft
        {
            Text = columns.Cell(row, columns.Text),
            ExternalId = columns.Cell(row, columns.Id),
            Publisher = FirstOfList(columns.Cell(row, columns.Publisher), PublisherSeparators),
            Url = FirstOfList(columns.Cell(row, columns.Url), UrlSeparators),
            Published = published,
            Language = columns.Cell(row, columns.Language),
            Title = columns.Cell(row, columns.Title),
        }.Complete(location, options);
    }

    private static bool TryReadHeader(CsvReader csv, out string[] header, out string error)
    {
        header = [];
        error = "";
        try
        {
            csv.ReadHeader();
            header = [.. csv.Headers];
            if (header.Length == 0)
            {
                error = "the file has no header row";
                return false;
            }
            return true;
        }
        catch (CsvFormatException exception)
        {
            error = exception.Message;
            return false;
        }
    }

    /// <summary>Advances one row; a row the parser cannot read comes back with its error, and reading goes on.</summary>
    private static bool TryReadRow(CsvReader csv, out string?[] row, out string? error)
    {
        row = [];
        error = null;
        try
        {
            if (!csv.Read())
            {
                return false;
            }
            row = new string?[csv.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = csv.GetString(i);
            }
            return true;
        }
        catch (CsvFormatException exception)
        {
            error = exception.Message;
            return true;
        }
    }

    /// <summary>The first item of a list cell ("unian|nv", "Ukrinform; Ministry of Defence of Ukraine", "url1 url2").</summary>
    private static string? FirstOfList(string? cell, char[] separators) =>
        cell?.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();

    private sealed record Columns(int? Text, int? Publisher, int? Url, int? Date, int? Id, int? Title, int? Language)
    {
        public static Columns Find(string[] header, string? textColumn) => new(
            Text: IndexOf(header, textColumn is null ? TextColumns : [textColumn]),
            Publisher: IndexOf(header, PublisherColumns),
            Url: IndexOf(header, UrlColumns),
            Date: IndexOf(header, DateColumns),
            Id: IndexOf(header, IdColumns),
            Title: IndexOf(header, TitleColumns),
            Language: IndexOf(header, LanguageColumns));

        public string? Cell(string?[] row, int? column) =>
            column is { } index && index < row.Length && !string.IsNullOrWhiteSpace(row[index]) ? row[index]!.Trim() : null;

        private static int? IndexOf(string[] header, string[] names)
        {
            foreach (var name in names)
            {
                var index = Array.FindIndex(header, h => h.Trim().Equals(name, StringComparison.OrdinalIgnoreCase));
                if (index >= 0)
                {
                    return index;
                }
            }
            return null;
        }
    }
}
