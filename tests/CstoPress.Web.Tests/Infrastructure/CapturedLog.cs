using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace CstoPress.Web.Tests.Infrastructure;

/// <summary>
/// Every event the portal logs, as Serilog received it. The portal reads sinks from its services
/// (ReadFrom.Services), so the test factory adds this one beside the configured console.
/// </summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public IReadOnlyList<LogEvent> Events => [.. _events];

    /// <summary>The security events about one client address (each test uses addresses of its own).</summary>
    public IReadOnlyList<LogEvent> SecurityEventsFrom(string clientIp) =>
        Events.Where(e => Text(e, "SourceContext") == SecurityLog.Category && Text(e, "ClientIp") == clientIp).ToList();

    public static string? Text(LogEvent logEvent, string property) =>
        logEvent.Properties.TryGetValue(property, out var value) && value is ScalarValue { Value: { } scalar } ? scalar.ToString() : null;
}
