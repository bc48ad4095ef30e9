using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Triangulate.Tests;

/// <summary>One message logged through <see cref="LogMessages"/>: its event id, level and named values.</summary>
internal sealed record LoggedEntry(int Id, LogLevel Level, IReadOnlyDictionary<string, object?> Values);

/// <summary>Collects what the code under test logs, as a host's own sink would.</summary>
internal sealed class CapturedLog : ILoggerProvider
{
    private readonly ConcurrentQueue<LoggedEntry> entries = new();

    public IReadOnlyList<LoggedEntry> Entries => [.. entries];

    public ILogger CreateLogger(string categoryName) => new Logger(entries);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<LoggedEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LoggedEntry(eventId.Id, logLevel,
                state is IEnumerable<KeyValuePair<string, object?>> values ? values.ToDictionary(StringComparer.Ordinal) : new Dictionary<string, object?>()));
    }
}
