using System.Reflection;

namespace Triangulate.Corroboration;

/// <summary>
/// The build whose grouping rules are running: the library's informational version, which the SDK writes with the
/// commit it was built from (<c>1.0.0+4d6c893…</c>). A ledger keeps the build that grouped its events
/// (<see cref="Storage.LedgerSettingNames.GroupedBy"/>), and another build regroups it whole once. A commit that did not
/// change the rules costs one needless whole regrouping; a build that changed them and kept the version would leave
/// events its rules no longer make, which is worse.
/// </summary>
public static class GroupingBuild
{
    public static string Current { get; } =
        typeof(GroupingBuild).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unversioned";
}
