using System.Collections.Immutable;
using System.Globalization;
using Triangulate.Model;

namespace Triangulate.Corroboration.Evidence;

/// <summary>What reading the list gave: its rows of occupied units, and the lines that could not be read.</summary>
public sealed record OccupationListRead(ImmutableArray<OccupationEntry> Entries, ImmutableArray<string> Problems);

/// <summary>
/// Reads the plain-text extraction of the list (Order No. 376 of the Ministry for Development of Communities and
/// Territories): <c>## </c> lines are headings, rows are tab-separated code, name, start date, end date. Only the
/// section of temporarily occupied territories (heading starting "ІІ.") is kept; the hostilities sections say where
/// fighting was, not who holds the ground.
/// </summary>
public static class OccupationListFile
{
    private const string OccupiedSectionHeading = "## ІІ.";

    public static OccupationListRead Read(string path)
    {
        var listName = Path.GetFileName(path);
        var entries = ImmutableArray.CreateBuilder<OccupationEntry>();
        var problems = ImmutableArray.CreateBuilder<string>();
        var inOccupied = false;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inOccupied = line.StartsWith(OccupiedSectionHeading, StringComparison.Ordinal)
                    || (inOccupied && !line.StartsWith("## І", StringComparison.Ordinal));
                continue;
            }
            var cells = line.Split('\t');
            if (!inOccupied || cells.Length < 3 || !cells[0].StartsWith("UA", StringComparison.Ordinal))
            {
                continue;
            }
            if (ParseDate(cells[2]) is not { } from)
            {
                problems.Add($"{listName}:{lineNumber}: no occupation date in '{cells[2]}'");
                continue;
            }
            entries.Add(new OccupationEntry(cells[0].Trim(), cells[1].Trim(), from, cells.Length > 3 ? ParseDate(cells[3]) : null, listName));
        }
        return new OccupationListRead(entries.ToImmutable(), problems.ToImmutable());
    }

    private static DateOnly? ParseDate(string text)
    {
        var compact = text.Replace(" ", "", StringComparison.Ordinal).Trim();
        return DateOnly.TryParseExact(compact, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }
}
