namespace Triangulate.Storage;

/// <summary>The names facts about the whole ledger are kept under (<see cref="ILedgerStore.GetSettingAsync"/>).</summary>
public static class LedgerSettingNames
{
    /// <summary>The build of Triangulate (its informational version) whose grouping rules made the stored events.</summary>
    public const string GroupedBy = "grouped_by";
}
