namespace Triangulate.Cli.Commands;

/// <summary>Process exit codes (README, "Command line"): scripts tell a clean run from one that left input out.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The run completed, but some files or items were rejected (each is named on standard error).</summary>
    public const int SomeRejected = 2;
    /// <summary>Nothing was done: bad arguments, no input that could be read, a missing ledger, an unusable database.</summary>
    public const int Failed = 1;
    public const int NotFound = 3;

    /// <summary>After reading input: 0 when all of it was read, 2 when some was rejected, 1 when none could be read.</summary>
    public static int ForInput(int read, int rejected) =>
        rejected == 0 ? Ok : read == 0 ? Failed : SomeRejected;
}
