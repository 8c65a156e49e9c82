using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;

namespace KampungKB.Graph.Server.Hosting;

/// <summary>Registers <see cref="JsonLinesLoggerProvider"/>.</summary>
internal static class JsonLinesLogging
{
    /// <summary>Writes logs as JSON lines to standard output, in place of the console logger.</summary>
    public static ILoggingBuilder AddJsonLines(this ILoggingBuilder logging)
    {
        foreach (var console in logging.Services.Where(d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(ConsoleLoggerProvider)).ToList())
            logging.Services.Remove(console);
        logging.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, JsonLinesLoggerProvider>());
        return logging;
    }
}

/// <summary>
/// Production's log lines: the JSON of ASP.NET Core's <c>AddJsonConsole()</c>, one object per line, written to standard
/// output in batches. The console logger hands every line to its writer thread and wakes it: a context switch and two
/// <c>write</c> calls per request, 10-20% of the CPU of a small query. Here a line is formatted on the caller's thread
/// and appended to a buffer that a timer writes out within <see cref="FlushInterval"/>. Errors are written at once, and
/// what is pending when the host stops. Aliased <c>Console</c>, so <c>Logging:Console:LogLevel</c> still applies.
/// </summary>
[ProviderAlias("Console")]
internal sealed class JsonLinesLoggerProvider : ILoggerProvider
{
    /// <summary>How long a line may wait in the buffer.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(100);

    // A caller writes the buffer itself past this much, so a stalled output cannot grow it without bound.
    private const int MaxPendingBytes = 1 << 20;

    private readonly Stream _output;
    private readonly Lock _gate = new();
    private readonly Lock _writing = new();
    private readonly Timer _timer;
    private ArrayBufferWriter<byte> _pending = new(16 * 1024);
    private ArrayBufferWriter<byte> _spare = new(16 * 1024);

    public JsonLinesLoggerProvider() : this(Console.OpenStandardOutput())
    {
    }

    internal JsonLinesLoggerProvider(Stream output)
    {
        _output = output;
        _timer = new Timer(_ => Flush(), null, Timeout.Infinite, Timeout.Infinite);
    }

    public ILogger CreateLogger(string categoryName) => new JsonLinesLogger(categoryName, this);

    internal void Append(ReadOnlySpan<byte> line, bool now)
    {
        bool first, full;
        lock (_gate)
        {
            first = _pending.WrittenCount == 0;
            _pending.Write(line);
            full = _pending.WrittenCount > MaxPendingBytes;
        }
        if (now || full) Flush();
        else if (first) StartTimer();
    }

    private void StartTimer()
    {
        // A line logged while the host stops, after the last flush, is written at once.
        bool started;
        try
        {
            started = _timer.Change(FlushInterval, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            started = false;
        }
        if (!started) Flush();
    }

    /// <summary>Writes what is pending, in the order it came.</summary>
    public void Flush()
    {
        lock (_writing)
        {
            ArrayBufferWriter<byte> batch;
            lock (_gate)
            {
                if (_pending.WrittenCount == 0) return;
                batch = _pending;
                _pending = _spare;
                _spare = batch;
            }
            try
            {
                _output.Write(batch.WrittenSpan);
                _output.Flush();
            }
            catch (IOException)
            {
                // Nobody reads the output any more (a closed pipe): the lines have nowhere to go.
            }
            batch.ResetWrittenCount();
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        Flush();
    }
}

/// <summary>One category's logger of <see cref="JsonLinesLoggerProvider"/>.</summary>
internal sealed class JsonLinesLogger(string category, JsonLinesLoggerProvider provider) : ILogger
{
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_line;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    // The factory's filters (Logging:LogLevel) decide; this provider adds none.
    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        var message = formatter(state, exception);
        if (exception is null && string.IsNullOrEmpty(message)) return;

        var line = t_line ??= new ArrayBufferWriter<byte>(1024);
        var json = t_writer ??= new Utf8JsonWriter(line);
        line.ResetWrittenCount();
        json.Reset(line);
        json.WriteStartObject();
        json.WriteNumber("EventId", eventId.Id);
        json.WriteString("LogLevel", logLevel.ToString());
        json.WriteString("Category", category);
        json.WriteString("Message", message);
        if (exception is not null) json.WriteString("Exception", exception.ToString());
        if (state is IReadOnlyCollection<KeyValuePair<string, object?>> properties)
        {
            json.WriteStartObject("State");
            foreach (var (key, value) in properties) WriteItem(json, key, value);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.Flush();
        line.Write("\n"u8);
        provider.Append(line.WrittenSpan, now: logLevel >= LogLevel.Error);
        // A stack trace can make a line large: do not keep its buffer for the thread's next line.
        if (line.Capacity > 64 * 1024)
        {
            t_line = null;
            t_writer = null;
        }
    }

    // As the console's JSON formatter writes a property: numbers and booleans as such, anything else as invariant text.
    private static void WriteItem(Utf8JsonWriter json, string key, object? value)
    {
        switch (value)
        {
            case null: json.WriteNull(key); break;
            case bool b: json.WriteBoolean(key, b); break;
            case int i: json.WriteNumber(key, i); break;
            case long l: json.WriteNumber(key, l); break;
            case double d when double.IsFinite(d): json.WriteNumber(key, d); break;
            case float f when float.IsFinite(f): json.WriteNumber(key, f); break;
            case decimal m: json.WriteNumber(key, m); break;
            case short s: json.WriteNumber(key, s); break;
            case byte b: json.WriteNumber(key, b); break;
            case uint u: json.WriteNumber(key, u); break;
            case ulong u: json.WriteNumber(key, u); break;
            case ushort u: json.WriteNumber(key, u); break;
            case sbyte s: json.WriteNumber(key, s); break;
            case char c: json.WriteString(key, c.ToString()); break;
            case IFormattable formattable: json.WriteString(key, formattable.ToString(null, CultureInfo.InvariantCulture)); break;
            default: json.WriteString(key, value.ToString()); break;
        }
    }
}
