using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Triangulate.Ingest;
using Triangulate.Model;

namespace Triangulate.Tests.Ingest.Fuzzing;

/// <summary>One mutated input that made a reader throw, or yield a report no ledger could store.</summary>
public sealed record FuzzFailure(string Reader, string Seed, string Mutation, string Problem);

/// <summary>What a fuzz run did: inputs tried per reader, outcomes seen, failures found.</summary>
public sealed record FuzzRun(IReadOnlyDictionary<string, int> InputsPerReader, int Reports, int Rejections, IReadOnlyList<FuzzFailure> Failures, TimeSpan Elapsed);

/// <summary>
/// A seeded in-process fuzzer for the readers: it takes real files of every format, mutates them (bytes flipped,
/// inserted, cut, repeated; NUL, stray byte-order marks and broken UTF-8 spliced in; and in JSON, one value replaced by
/// a value of another type) and feeds each result to the reader that takes the original. A reader passes when it never
/// throws and every report it yields can be stored (no character an engine refuses, a text whose identity can be
/// computed). The same seed gives the same inputs, so a failure found once is found again. The tests run it small;
/// <c>bench … fuzz</c> runs it long.
/// </summary>
public sealed class ReaderFuzzer(IReadOnlyList<string> seedFiles, int seed)
{
    private static readonly string[] JsonReplacements =
    [
        "null", "true", "0", "-1", "2147483648", "99999999999999999999", "1e308", "-1e308", "0.5", "\"\"", "\"x1\"",
        "\"99999999999999\"", "\"-62135596801\"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "[]",
        "[1,[2,[3]]]", "{}", "{\"text\":{\"text\":null}}", "\"9999-12-31T23:59:59+14:00\"", "\"0001-01-01T00:00:00-14:00\"",
    ];

    private static readonly byte[][] Splices =
    [
        [0], [0xEF, 0xBB, 0xBF], [0xC3], [0xED, 0xA0, 0x80], [0xFF, 0xFE], "\"\"\""u8.ToArray(), "<![CDATA["u8.ToArray(),
        "<!DOCTYPE x>"u8.ToArray(), "&#0;&#xD800;"u8.ToArray(), "\r\n---\r\n"u8.ToArray(), "\\u0000"u8.ToArray(),
    ];

    private readonly Random random = new(seed);

    /// <summary>Runs <paramref name="inputsPerSeed"/> mutations of every seed file through its reader.</summary>
    public FuzzRun Run(int inputsPerSeed, IngestOptions options)
    {
        var clock = Stopwatch.StartNew();
        var perReader = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<FuzzFailure>();
        int reports = 0, rejections = 0;
        foreach (var path in seedFiles)
        {
            var original = File.ReadAllBytes(path);
            var reader = ReportSource.AllReaders.First(r => r.CanRead(path, original.AsSpan(0, Math.Min(original.Length, 1024))));
            for (var i = 0; i < inputsPerSeed; i++)
            {
                var (mutated, mutation) = Mutate(original);
                perReader[reader.Format] = perReader.GetValueOrDefault(reader.Format) + 1;
                var problem = Check(reader, path, mutated, options, ref reports, ref rejections);
                if (problem is not null)
                {
                    failures.Add(new FuzzFailure(reader.Format, Path.GetFileName(path), mutation, problem));
                }
            }
        }
        return new FuzzRun(perReader, reports, rejections, failures, clock.Elapsed);
    }

    private static string? Check(IReportReader reader, string path, byte[] input, IngestOptions options, ref int reports, ref int rejections)
    {
        try
        {
            using var stream = new MemoryStream(input, writable: false);
            foreach (var outcome in reader.Read(path, stream, options))
            {
                if (outcome.Report is { } report)
                {
                    reports++;
                    if (Unstorable(report) is { } why)
                    {
                        return why;
                    }
                }
                else
                {
                    rejections++;
                }
            }
            return null;
        }
        catch (Exception error)
        {
            return $"{error.GetType().Name}: {error.Message}";
        }
    }

    private static string? Unstorable(Report report)
    {
        string?[] fields = [report.Text, report.Publisher, report.Title, report.Url, report.ExternalId, report.Language, .. report.ForwardedFrom];
        if (fields.FirstOrDefault(field => field is not null && StorableText.NeedsCleaning(field)) is { } bad)
        {
            return $"a report field holds a character no engine stores: {bad[..Math.Min(bad.Length, 40)]}";
        }
        _ = report.ContentHash;
        _ = report.NormalizedUrl;
        return null;
    }

    private (byte[] Bytes, string Mutation) Mutate(byte[] original)
    {
        var rounds = random.Next(1, 4);
        var bytes = original;
        var applied = new List<string>(rounds);
        for (var round = 0; round < rounds; round++)
        {
            (bytes, var name) = random.Next(8) switch
            {
                0 => FlipBytes(bytes),
                1 => Splice(bytes),
                2 => Cut(bytes),
                3 => Repeat(bytes),
                4 => Truncate(bytes),
                _ => ReplaceJsonValue(bytes) ?? Splice(bytes),
            };
            applied.Add(name);
        }
        return (bytes, string.Join(", ", applied));
    }

    private (byte[], string) FlipBytes(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        var count = random.Next(1, 8);
        for (var i = 0; i < count && copy.Length > 0; i++)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }
        return (copy, $"flip {count}");
    }

    private (byte[], string) Splice(byte[] bytes)
    {
        var splice = Splices[random.Next(Splices.Length)];
        var at = random.Next(bytes.Length + 1);
        return ([.. bytes.AsSpan(0, at), .. splice, .. bytes.AsSpan(at)], $"splice {Convert.ToHexString(splice)} at {at}");
    }

    private (byte[], string) Cut(byte[] bytes)
    {
        if (bytes.Length < 2)
        {
            return (bytes, "cut nothing");
        }
        var start = random.Next(bytes.Length);
        var length = random.Next(1, Math.Min(64, bytes.Length - start) + 1);
        return ([.. bytes.AsSpan(0, start), .. bytes.AsSpan(start + length)], $"cut {length} at {start}");
    }

    private (byte[], string) Repeat(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return (bytes, "repeat nothing");
        }
        var start = random.Next(bytes.Length);
        var length = random.Next(1, Math.Min(32, bytes.Length - start) + 1);
        var times = random.Next(2, 200);
        var piece = bytes.AsSpan(start, length).ToArray();
        var repeated = Enumerable.Repeat(piece, times).SelectMany(part => part).ToArray();
        return ([.. bytes.AsSpan(0, start), .. repeated, .. bytes.AsSpan(start)], $"repeat {length}x{times} at {start}");
    }

    private (byte[], string) Truncate(byte[] bytes)
    {
        var length = random.Next(bytes.Length + 1);
        return (bytes[..length], $"truncate at {length}");
    }

    /// <summary>One JSON value (in a JSON document, or on one line of JSON Lines) replaced by a value of another type.</summary>
    private (byte[], string)? ReplaceJsonValue(byte[] bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        var lines = text.Split('\n');
        var lineIndex = lines.Length > 1 ? random.Next(lines.Length) : 0;
        var document = lines.Length > 1 ? lines[lineIndex] : text;
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(document.TrimStart('\uFEFF'));
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
        if (root is null)
        {
            return null;
        }
        var values = new List<(JsonNode Parent, object Key)>();
        Collect(root, values);
        if (values.Count == 0)
        {
            return null;
        }
        var (parent, key) = values[random.Next(values.Count)];
        var replacement = JsonReplacements[random.Next(JsonReplacements.Length)];
        var node = JsonNode.Parse(replacement);
        if (key is string name)
        {
            parent[name] = node;
        }
        else
        {
            parent[(int)key] = node;
        }
        string rewritten;
        try
        {
            rewritten = root.ToJsonString();
        }
        catch (InvalidOperationException)
        {
            // The document escapes half of a surrogate pair already; the byte mutations cover it as it is.
            return null;
        }
        if (lines.Length > 1)
        {
            lines[lineIndex] = rewritten;
            rewritten = string.Join('\n', lines);
        }
        return (Encoding.UTF8.GetBytes(rewritten), $"json value {key} := {replacement}");
    }

    private static void Collect(JsonNode node, List<(JsonNode Parent, object Key)> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    values.Add((obj, name));
                    if (child is not null)
                    {
                        Collect(child, values);
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    values.Add((array, i));
                    if (array[i] is { } child)
                    {
                        Collect(child, values);
                    }
                }
                break;
        }
    }
}
