using System.Collections.Concurrent;

namespace Triangulate.Web.Security;

/// <summary>
/// Throttles password guessing. Failed sign-ins are counted per account name (whether or not the account exists, so that
/// the lock-out tells nothing of which names do) and per client address; after <see cref="MaxFailuresPerName"/> failures
/// of one name, or <see cref="MaxFailuresPerClient"/> from one address, within <see cref="Window"/>, sign-ins for it are
/// refused for <see cref="LockOut"/>, even with the right password. A success clears the name's count. In memory: a
/// restart forgets, which costs an attacker a restart of someone else's server.
/// </summary>
public sealed class SignInGuard(TimeProvider time)
{
    public const int MaxFailuresPerName = 5;
    public const int MaxFailuresPerClient = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan LockOut = TimeSpan.FromMinutes(15);

    // Past this many tracked names or addresses the stale ones are dropped, so that a flood of names cannot fill memory.
    private const int MaxTracked = 10_000;

    private readonly ConcurrentDictionary<string, Failures> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Failures> byClient = new(StringComparer.Ordinal);

    /// <summary>How long sign-ins of this name, or from this client, stay refused; zero when they are open.</summary>
    public TimeSpan RetryAfter(string name, string client)
    {
        var now = time.GetUtcNow();
        return new[] { Locked(byName, name, now), Locked(byClient, client, now) }.Max();
    }

    /// <summary>Counts a failure; returns the name's failures in a row.</summary>
    public int RecordFailure(string name, string client)
    {
        var now = time.GetUtcNow();
        Prune(byName, now);
        Prune(byClient, now);
        Count(byClient, client, now, MaxFailuresPerClient);
        return Count(byName, name, now, MaxFailuresPerName);
    }

    public void RecordSuccess(string name) => byName.TryRemove(name, out _);

    private static int Count(ConcurrentDictionary<string, Failures> table, string key, DateTimeOffset now, int limit)
    {
        var failures = table.GetOrAdd(key, _ => new Failures());
        lock (failures)
        {
            if (now - failures.FirstAt > Window)
            {
                (failures.Count, failures.FirstAt) = (0, now);
            }
            failures.Count++;
            if (failures.Count >= limit)
            {
                failures.LockedUntil = now + LockOut;
                (failures.Count, failures.FirstAt) = (0, now);
            }
            return failures.LockedUntil > now ? limit : failures.Count;
        }
    }

    private static TimeSpan Locked(ConcurrentDictionary<string, Failures> table, string key, DateTimeOffset now)
    {
        if (!table.TryGetValue(key, out var failures))
        {
            return TimeSpan.Zero;
        }
        lock (failures)
        {
            return failures.LockedUntil > now ? failures.LockedUntil - now : TimeSpan.Zero;
        }
    }

    private static void Prune(ConcurrentDictionary<string, Failures> table, DateTimeOffset now)
    {
        if (table.Count < MaxTracked)
        {
            return;
        }
        foreach (var (key, failures) in table)
        {
            if (now - failures.FirstAt > Window && failures.LockedUntil <= now)
            {
                table.TryRemove(key, out _);
            }
        }
    }

    private sealed class Failures
    {
        public int Count;
        public DateTimeOffset FirstAt;
        public DateTimeOffset LockedUntil;
    }
}
