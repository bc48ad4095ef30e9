using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.FileSystemGlobbing;
using Triangulate.Model;

namespace Triangulate.Ingest;

/// <summary>
/// Reads reports from the paths a user gives: files, directories (recursively) and globs (<c>feeds/**/*.xml</c>).
/// Each file goes to the first reader that takes it, files in sorted order so that every run yields the same
/// sequence. Nothing in the content makes it throw: bad files and items come out as rejections, and so does a file
/// that holds its reader past the file's time budget.
/// </summary>
/// <remarks>
/// While expanding directories and globs it passes over hidden files and folders (names starting with a dot) and
/// files that are plainly not reports — media, archives, databases — as a Telegram export folder holds photos
/// beside its <c>result.json</c>. A file named explicitly is always tried, and rejected as UnknownFormat if no
/// reader takes it. Strict UTF-8 checking happens in the readers (through one shared helper), so that a reader used
/// on its own is as safe, and so that JSON Lines can reject a bad line rather than the whole file. The time budget runs
/// on the given clock (the system's unless a test gives its own), so that a budget test does not depend on how busy
/// the machine is.
/// </remarks>
public sealed class ReportSource(IReadOnlyList<IReportReader> readers, IngestOptions options, TimeProvider? clock = null)
{
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    private const int HeadBytes = 1024;

    /// <summary>The outcomes one step of a reader gives at most: few enough to pass reports on steadily, enough to make the hand-over cheap.</summary>
    private const int StepOutcomes = 64;

    private static readonly HashSet<string> IgnoredExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".db", ".sqlite", ".sqlite3", ".db-wal", ".db-shm", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".mp4",
        ".mov", ".webm", ".mp3", ".ogg", ".oga", ".wav", ".tgs", ".zip", ".gz", ".7z", ".tar", ".pdf", ".css", ".js",
        ".exe", ".dll", ".lock",
    };

    /// <summary>Every reader Triangulate has, most specific first.</summary>
    public static IReadOnlyList<IReportReader> AllReaders { get; } =
    [
        new TelegramExportReader(),
        new JsonLinesReader(),
        new FeedReader(),
        new HtmlReader(),
        new EventCsvReader(),
        new PlainTextReader(),
    ];

    public ReportSource(IngestOptions options)
        : this(AllReaders, options)
    {
    }

    public IEnumerable<ReadOutcome> Read(IEnumerable<string> inputs)
    {
        var (files, missing) = Expand(inputs);
        foreach (var path in missing)
        {
            yield return ReadOutcome.Rejected(new InputLocation(path), RejectionReason.Unreadable, "no such file, directory or matching file");
        }
        foreach (var path in files)
        {
            foreach (var outcome in ReadFile(path))
            {
                yield return outcome;
            }
        }
    }

    /// <summary>One file through the reader that takes it.</summary>
    public IEnumerable<ReadOutcome> ReadFile(string path)
    {
        var location = new InputLocation(path);
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.MaxFileBytes)
            {
                return [ReadOutcome.Rejected(location, RejectionReason.Oversized,
                    $"{length:N0} bytes exceeds the file limit of {options.MaxFileBytes:N0}")];
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return [ReadOutcome.Rejected(location, RejectionReason.Unreadable, error.Message)];
        }
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, HeadBytes));
        foreach (var reader in readers)
        {
            if (reader.CanRead(path, head))
            {
                return Read(reader, path, bytes);
            }
        }
        return [ReadOutcome.Rejected(location, RejectionReason.UnknownFormat, "no reader takes this file")];
    }

    /// <summary>
    /// The reader's outcomes for one file, within the file's time budget (<see cref="IngestOptions.ReadTimeFor"/>).
    /// Readers turn bad input into rejections themselves; should one still fail, the failure rejects that file (naming
    /// the reader and the error) and the batch goes on with the next. Should one run past the budget, the file is
    /// rejected as over budget, what the reader gave until then stays, and the batch goes on without waiting for it.
    /// </summary>
    /// <remarks>
    /// The reader works on another thread, a step of up to <see cref="StepOutcomes"/> outcomes at a time, while this one
    /// waits for the step with the time the file has left. The reader works only while asked, so the budget counts its
    /// own time, never that of the analysis its reports go on to. A thread cannot be stopped from outside: a step that
    /// ran out of time runs on in the background until it ends, and nothing waits for it or takes what it gives.
    /// </remarks>
    private IEnumerable<ReadOutcome> Read(IReportReader reader, string path, byte[] bytes)
    {
        var steps = new ReaderSteps(reader, path, new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true), options);
        var budget = options.ReadTimeFor(bytes.Length);
        var left = budget;
        var given = 0;
        var overrun = false;
        try
        {
            while (!steps.Done)
            {
                var started = time.GetTimestamp();
                using var stepEnded = new CancellationTokenSource();
                // The timeout is set before the step starts, so that time passing during the step always counts.
                var timeout = Task.Delay(left > TimeSpan.Zero ? left : TimeSpan.Zero, time, stepEnded.Token);
                var step = Task.Run(() => steps.Advance(StepOutcomes));
                overrun = Task.WhenAny(step, timeout).GetAwaiter().GetResult() != step;
                stepEnded.Cancel();
                if (overrun)
                {
                    // The reader is the runaway step's until it ends; then it is released.
                    _ = step.ContinueWith(_ => steps.Dispose(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
                }
                left -= time.GetElapsedTime(started);
                foreach (var outcome in steps.Take())
                {
                    given++;
                    yield return outcome;
                }
                if (overrun)
                {
                    yield return ReadOutcome.Rejected(new InputLocation(path), RejectionReason.OverBudget, string.Create(CultureInfo.InvariantCulture,
                        $"the {reader.Format} reader ran past its time budget of {budget.TotalSeconds:0.#} s for a file of {bytes.Length:N0} bytes; ") +
                        (given == 0 ? "nothing of it is kept" : string.Create(CultureInfo.InvariantCulture, $"the {given:N0} items it gave until then are kept, the rest is left out")));
                    yield break;
                }
            }
        }
        finally
        {
            if (!overrun)
            {
                steps.Dispose();
            }
        }
    }

    /// <summary>
    /// One reader over one file, advanced a step at a time from whichever thread asks (never two at once). Each outcome
    /// is ready to take as soon as the reader gives it. An exception out of the reader ends the file with a rejection that
    /// names the reader and the error.
    /// </summary>
    private sealed class ReaderSteps(IReportReader reader, string path, Stream content, IngestOptions options) : IDisposable
    {
        private readonly ConcurrentQueue<ReadOutcome> ready = new();
        private IEnumerator<ReadOutcome>? outcomes;

        public bool Done { get; private set; }

        public void Advance(int most)
        {
            try
            {
                outcomes ??= reader.Read(path, content, options).GetEnumerator();
                for (var i = 0; i < most && !Done; i++)
                {
                    if (outcomes.MoveNext())
                    {
                        ready.Enqueue(outcomes.Current);
                    }
                    else
                    {
                        Done = true;
                    }
                }
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                ready.Enqueue(ReadOutcome.Rejected(new InputLocation(path), RejectionReason.ReaderFailed,
                    $"the {reader.Format} reader failed: {error.GetType().Name}: {error.Message}"));
                Done = true;
            }
        }

        /// <summary>The outcomes given so far and not taken yet.</summary>
        public List<ReadOutcome> Take()
        {
            var taken = new List<ReadOutcome>(ready.Count);
            while (ready.TryDequeue(out var outcome))
            {
                taken.Add(outcome);
            }
            return taken;
        }

        public void Dispose()
        {
            outcomes?.Dispose();
            content.Dispose();
        }
    }

    /// <summary>The files the inputs name, sorted and without repeats, and the inputs that name nothing.</summary>
    internal static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> inputs)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var input in inputs)
        {
            var before = files.Count;
            if (File.Exists(input))
            {
                files.Add(Path.GetFullPath(input));
                continue;
            }
            if (Directory.Exists(input))
            {
                files.UnionWith(Glob(input, "**/*"));
            }
            else if (input.AsSpan().IndexOfAny('*', '?') >= 0)
            {
                var (root, pattern) = SplitGlob(input);
                if (Directory.Exists(root))
                {
                    files.UnionWith(Glob(root, pattern));
                }
            }
            if (files.Count == before && !Directory.Exists(input))
            {
                missing.Add(input);
            }
        }
        return (files.ToList(), missing);
    }

    private static IEnumerable<string> Glob(string root, string pattern)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(pattern);
        var fullRoot = Path.GetFullPath(root);
        return matcher.GetResultsInFullPath(fullRoot)
            .Where(file => !IsHiddenOrIrrelevant(Path.GetRelativePath(fullRoot, file)));
    }

    private static bool IsHiddenOrIrrelevant(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.'))
        || IgnoredExtensions.Contains(Path.GetExtension(relativePath));

    /// <summary>"data/feeds/**/*.xml" → ("data/feeds", "**/*.xml"): the longest leading part without wildcards is the root.</summary>
    private static (string Root, string Pattern) SplitGlob(string input)
    {
        var parts = input.Replace('\\', '/').Split('/');
        var fixedParts = parts.TakeWhile(part => part.IndexOfAny(['*', '?']) < 0).ToArray();
        var root = fixedParts.Length == 0 ? "." : string.Join('/', fixedParts);
        if (root.Length == 0)
        {
            root = "/";
        }
        return (root, string.Join('/', parts.Skip(fixedParts.Length)));
    }
}
