using System.Reflection;
using Microsoft.Data.Sqlite;
using Triangulate.Claims;
using Triangulate.Corroboration;
using Triangulate.Ingest;
using Triangulate.Pipeline;
using Triangulate.Storage;
using Triangulate.Summaries.Dossiers;
using Triangulate.Web.Events;

namespace Triangulate.Tests.Web;

/// <summary>
/// An event's detail (the page's and the API's) and its dossier show each claim in its report: the reports are read
/// in one query for the whole event, not one query per report.
/// </summary>
public sealed class EventReportsTests : IAsyncLifetime
{
    private readonly TempDirectory directory = new();
    private ILedgerStore ledger = null!;
    private CorroborationService corroboration = null!;
    private long eventId;

    public async Task InitializeAsync()
    {
        ledger = await StoreFactory.OpenAsync(directory.File("ledger.db"), TimeProvider.System);
        await new LedgerIngest(AnalyzerFactory.CreateDefault(), ledger).RunAsync(new ReportSource(IngestOptions.Default).Read([RepositoryPaths.Samples]));
        corroboration = new CorroborationService(ledger, SourceRegistry.LoadDefault(), TimeProvider.System);
        await corroboration.RefreshAsync();
        var events = await new EventBook(ledger, new LedgerEventSource(corroboration, ledger)).ListAsync(new EventFilter(), 0, int.MaxValue, CancellationToken.None);
        eventId = events.OrderByDescending(e => e.Reports).First().Id;
        Assert.True(events.Single(e => e.Id == eventId).Reports >= 3, "the samples should give an event reported three times or more");
    }

    public async Task DisposeAsync()
    {
        await ledger.DisposeAsync();
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    [Fact]
    public async Task GetAsync_EventFromSeveralReports_ReadsTheirReportsInOneQueryAndShowsEachClaimInItsOwn()
    {
        var counted = StoreReads.Around(ledger);

        var detail = await new EventBook(counted, new LedgerEventSource(corroboration, counted)).GetAsync(eventId, CancellationToken.None);

        Assert.NotNull(detail);
        Assert.Equal(detail.Event.Reports, detail.Claims.Select(claim => claim.Report.Id).Distinct().Count());
        Assert.All(detail.Claims, claim => Assert.Equal(claim.Claim.ReportId, claim.Report.Id));
        Assert.Equal((ByList: 1, ById: 0), StoreReads.ReportsOf(counted));
        foreach (var claim in detail.Claims)
        {
            Assert.Equal((await ledger.GetReportAsync(claim.Report.Id))!.Text, claim.ReportText);
        }
    }

    [Fact]
    public async Task ReadAsync_DossierOfEventFromSeveralReports_ReadsItsClaimsInOneQueryAndTheirReportsInAnother()
    {
        var counted = StoreReads.Around(ledger);

        var dossier = await DossierReader.ReadAsync(counted, corroboration, eventId, TimeProvider.System.GetUtcNow());

        Assert.NotNull(dossier);
        Assert.True(dossier.Claims.Select(claim => claim.Report.Id).Distinct().Count() >= 3);
        Assert.All(dossier.Claims, claim => Assert.Equal(claim.Claim.ReportId, claim.Report.Id));
        Assert.Equal(dossier.Event.Claims.Select(member => member.ClaimId), dossier.Claims.Select(claim => claim.Claim.Id));
        Assert.Equal((ByList: 1, ById: 0), StoreReads.ReportsOf(counted));
        Assert.Equal((ByList: 1, ById: 0), StoreReads.ClaimsOf(counted));
    }

    /// <summary>A store that counts the calls that read reports and claims, by list and by id, and passes every call on.</summary>
    public class StoreReads : DispatchProxy
    {
        private ILedgerStore inner = null!;
        private int byList;
        private int byId;
        private int claimsByList;
        private int claimsById;

        public static ILedgerStore Around(ILedgerStore inner)
        {
            var proxy = Create<ILedgerStore, StoreReads>();
            ((StoreReads)(object)proxy).inner = inner;
            return proxy;
        }

        public static (int ByList, int ById) ReportsOf(ILedgerStore proxy) => (((StoreReads)(object)proxy).byList, ((StoreReads)(object)proxy).byId);

        public static (int ByList, int ById) ClaimsOf(ILedgerStore proxy) => (((StoreReads)(object)proxy).claimsByList, ((StoreReads)(object)proxy).claimsById);

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            switch (targetMethod?.Name)
            {
                case nameof(ILedgerStore.ListReportsAsync): byList++; break;
                case nameof(ILedgerStore.GetReportAsync): byId++; break;
                case nameof(ILedgerStore.ListClaimsAsync): claimsByList++; break;
                case nameof(ILedgerStore.GetClaimAsync): claimsById++; break;
            }
            return targetMethod!.Invoke(inner, args);
        }
    }
}
