using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Triangulate.Cli;

/// <summary>
/// The command line's structured log: one JSON object a line, appended to the file <c>--log</c> names, holding the
/// time, level, category, event id and name, the message and each named value of it (see <see cref="LogMessages"/>).
/// The command's own output tells a person what happened; this is for the machines that watch a team's ingests. Each
/// line goes to the file in one append, so several processes may share one log.
/// </summary>
internal sealed class JsonLinesLog : ILoggerProvider
{
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly FileStream file;
    private readonly TimeProvider time;
    private readonly Lock gate = new();

    public JsonLinesLog(string path, TimeProvider time)
    {
        // No buffer of its own: a line is one write, appended whole whoever else writes to the file.
        file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        this.time = time;
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() => file.Dispose();

    private void Write<TState>(string category, LogLevel level, EventId eventId, TState state, Exception? exception, string message)
    {
        var line = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(line, Json))
        {
            json.WriteStartObject();
            json.WriteString("time", time.GetUtcNow());
            json.WriteString("level", level.ToString());
            json.WriteString("category", category);
            json.WriteNumber("eventId", eventId.Id);
            if (eventId.Name is { } name)
            {
                json.WriteString("event", name);
            }
            json.WriteString("message", message);
            if (state is IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                json.WriteStartObject("values");
                foreach (var (key, value) in values.Where(pair => pair.Key != "{OriginalFormat}"))
                {
                    WriteValue(json, key, value);
                }
                json.WriteEndObject();
            }
            if (exception is not null)
            {
                json.WriteString("exception", exception.ToString());
            }
            json.WriteEndObject();
        }
        line.Write("\n"u8);
        lock (gate)
        {
            file.Write(line.WrittenSpan);
        }
    }

    private static void WriteValue(Utf8JsonWriter json, string key, object? value)
    {
        switch (value)
        {
            case null: json.WriteNull(key); break;
            case int number: json.WriteNumber(key, number); break;
            case long number: json.WriteNumber(key, number); break;
            case double number: json.WriteNumber(key, number); break;
            case bool flag: json.WriteBoolean(key, flag); break;
            case IFormattable formattable: json.WriteString(key, formattable.ToString(null, CultureInfo.InvariantCulture)); break;
            default: json.WriteString(key, value.ToString()); break;
        }
    }

    private sealed class Logger(JsonLinesLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Write(category, logLevel, eventId, state, exception, formatter(state, exception));
            }
        }
    }
}
