using Microsoft.Extensions.Time.Testing;
using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

public sealed class ReportSourceTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("triangulate-ingest-").FullName;
    private readonly ReportSource source = new(IngestOptions.Default);

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Write(string relative, string content)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private string Copy(string testData, string relative)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(IngestFiles.PathOf(testData), path);
        return path;
    }

    [Fact]
    public void Read_Directory_ReadsEveryFormatInSortedPathOrder()
    {
        Copy("telegram/result.json", "c/export/result.json");
        Copy("feeds/atom.xml", "b/up.atom");
        Copy("jsonl/bad-line.jsonl", "a/items.jsonl");
        Copy("html/article.html", "d/page.html");

        var paths = source.Read([root]).Select(o => o.Report?.Location.Path ?? o.Rejection!.Location.Path).Distinct();

        Assert.Equal(["a/items.jsonl", "b/up.atom", "c/export/result.json", "d/page.html"],
            paths.Select(p => Path.GetRelativePath(root, p).Replace('\\', '/')));
    }

    [Fact]
    public void Read_DirectoryWithMediaAndHiddenFiles_SkipsThem()
    {
        Copy("telegram/result.json", "export/result.json");
        Write("export/photos/photo_1@24-02-2022_08-01-00.jpg", "not really a jpeg");
        Write(".git/config", "[core]");
        Write("export/.DS_Store", "junk");

        var outcomes = source.Read([root]).ToList();

        Assert.All(outcomes, o => Assert.True(o.IsReport));
        Assert.Equal(4, outcomes.Count);
    }

    [Fact]
    public void Read_UnknownExtensionInDirectory_RejectedAsUnknownFormat()
    {
        var path = Write("notes.docx", "binary-ish");

        var rejection = Assert.Single(source.Read([root])).Rejection!;

        Assert.Equal(RejectionReason.UnknownFormat, rejection.Reason);
        Assert.Equal(path, rejection.Location.Path);
    }

    [Fact]
    public void Read_Glob_TakesOnlyMatchingFiles()
    {
        Write("feeds/one.txt", "First report text.");
        Write("feeds/deep/two.txt", "Second report text.");
        Write("feeds/three.md", "Third report text.");

        var texts = source.Read([Path.Combine(root, "feeds", "**", "*.txt")]).Select(o => o.Report!.Text);

        Assert.Equal(["Second report text.", "First report text."], texts);
    }

    [Fact]
    public void Read_SameFileTwice_ReadsItOnce()
    {
        var path = Write("one.txt", "Only once.");

        Assert.Single(source.Read([path, root]));
    }

    [Fact]
    public void Read_MissingPath_RejectedAsUnreadable()
    {
        var missing = Path.Combine(root, "nope.jsonl");

        var rejection = Assert.Single(source.Read([missing])).Rejection!;

        Assert.Equal(RejectionReason.Unreadable, rejection.Reason);
        Assert.Equal(missing, rejection.Location.Path);
    }

    [Fact]
    public void Read_FileOverLimit_RejectedAsOversizedWithoutReading()
    {
        var path = Write("big.txt", new string('x', 2_000));
        var small = new ReportSource(new IngestOptions { MaxFileBytes = 1_000 });

        var rejection = Assert.Single(small.Read([path])).Rejection!;

        Assert.Equal(RejectionReason.Oversized, rejection.Reason);
    }

    [Fact]
    public void Read_InvalidUtf8File_RejectedNamingFile()
    {
        var path = Copy("text/invalid-utf8.txt", "bad.txt");

        var rejection = Assert.Single(source.Read([path])).Rejection!;

        Assert.Equal(RejectionReason.InvalidUtf8, rejection.Reason);
        Assert.Equal(path, rejection.Location.Path);
    }

    [Fact]
    public void Read_JsonWithTelegramShapeUnderOtherName_ReadAsTelegram()
    {
        var path = Copy("telegram/result.json", "kherson-channel.json");

        Assert.Equal(4, source.Read([path]).Count(o => o.IsReport));
    }

    [Fact]
    public void Read_ReaderThatFailsMidFile_RejectsThatFileAndReadsTheNext()
    {
        var broken = Write("a/broken.txt", "first");
        Write("b/good.md", "Окупанти обстріляли Херсон.");
        var withFailingReader = new ReportSource([new FailingAfterOneReader(), new PlainTextReader()], IngestOptions.Default);

        var outcomes = withFailingReader.Read([root]).ToList();

        Assert.Equal(["broken item", "Окупанти обстріляли Херсон."], outcomes.Where(o => o.IsReport).Select(o => o.Report!.Text));
        var rejection = Assert.Single(outcomes, o => !o.IsReport).Rejection!;
        Assert.Equal((broken, RejectionReason.ReaderFailed), (rejection.Location.Path, rejection.Reason));
        Assert.Contains("InvalidOperationException", rejection.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReaderPastTheFilesTimeBudget_RejectsThatFileAndReadsTheNext()
    {
        var slow = Write("a/slow.txt", "first");
        Write("b/good.md", "Окупанти обстріляли Херсон.");
        var clock = new FakeTimeProvider();
        using var stalling = new StallingReader(reportsBeforeStall: 0, clock);
        var budgeted = new ReportSource([stalling, new PlainTextReader()], ReadBudget, clock);

        var outcomes = budgeted.Read([root]).ToList();

        Assert.Equal(["Окупанти обстріляли Херсон."], outcomes.Where(o => o.IsReport).Select(o => o.Report!.Text));
        var rejection = Assert.Single(outcomes, o => !o.IsReport).Rejection!;
        Assert.Equal((slow, RejectionReason.OverBudget), (rejection.Location.Path, rejection.Reason));
        Assert.Contains("time budget", rejection.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReaderStallingMidFile_KeepsTheReportsItGaveBeforeTheBudgetRanOut()
    {
        var slow = Write("slow.txt", "first");
        var clock = new FakeTimeProvider();
        using var stalling = new StallingReader(reportsBeforeStall: 3, clock);
        var budgeted = new ReportSource([stalling], ReadBudget, clock);

        var outcomes = budgeted.Read([slow]).ToList();

        Assert.Equal(3, outcomes.Count(o => o.IsReport));
        Assert.Contains("the 3 items it gave until then are kept", Assert.Single(outcomes, o => !o.IsReport).Rejection!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadTimeFor_GrowsWithTheFilesSize()
    {
        var options = new IngestOptions { ReadTime = TimeSpan.FromSeconds(10), ReadTimePerMegabyte = TimeSpan.FromSeconds(1) };

        Assert.Equal((TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(14)), (options.ReadTimeFor(0), options.ReadTimeFor(4L * 1024 * 1024)));
    }

    private static readonly IngestOptions ReadBudget = IngestOptions.Default with { ReadTime = TimeSpan.FromSeconds(3), ReadTimePerMegabyte = TimeSpan.Zero };

    /// <summary>
    /// Slow by construction: reads .txt files, gives a few reports, then stalls (until the test lets it go), as the HTML
    /// reader does on a megabyte of nested elements. The stall is a minute on the test's clock, so the budget runs out
    /// exactly there, however busy the machine is; the reader then waits for real until it is let go.
    /// </summary>
    private sealed class StallingReader(int reportsBeforeStall, FakeTimeProvider clock) : IReportReader, IDisposable
    {
        private readonly ManualResetEventSlim release = new();

        public string Format => "stalling";

        public bool CanRead(string path, ReadOnlySpan<byte> head) => path.EndsWith(".txt", StringComparison.Ordinal);

        public IEnumerable<ReadOutcome> Read(string path, Stream content, IngestOptions options)
        {
            for (var i = 1; i <= reportsBeforeStall; i++)
            {
                yield return ReadOutcome.Of(new Triangulate.Model.Report(null, "p", null, null, "uk", null, $"item {i}", new Triangulate.Model.InputLocation(path, i)));
            }
            clock.Advance(TimeSpan.FromMinutes(1));
            release.Wait(TimeSpan.FromMinutes(1));
        }

        public void Dispose() => release.Set();
    }

    /// <summary>Stands for a reader with a bug: yields one report from a .txt file, then throws.</summary>
    private sealed class FailingAfterOneReader : IReportReader
    {
        public string Format => "failing";

        public bool CanRead(string path, ReadOnlySpan<byte> head) => path.EndsWith(".txt", StringComparison.Ordinal);

        public IEnumerable<ReadOutcome> Read(string path, Stream content, IngestOptions options)
        {
            yield return ReadOutcome.Of(new Triangulate.Model.Report(null, "p", null, null, "uk", null, "broken item", new Triangulate.Model.InputLocation(path)));
            throw new InvalidOperationException("a bug");
        }
    }
}
