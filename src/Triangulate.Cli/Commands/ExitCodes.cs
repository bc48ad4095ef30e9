namespace Triangulate.Cli.Commands;

/// <summary>Process exit codes: scripts tell a clean run from one that left input out.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The run completed, but some files or items were rejected (each is named on standard error).</summary>
    public const int SomeRejected = 2;
    /// <summary>Nothing was done: bad arguments, a missing file, an unusable database.</summary>
    public const int Failed = 1;
    public const int NotFound = 3;
}
