using CstoPress.Core.Alerts;

namespace CstoPress.Data.Repositories.Alerts;

/// <summary>An alert as the press office's queue shows it.</summary>
public sealed record QueuedAlert(
    long Id, int PublicationId, string Title, AlertKind Kind, string? Subject, DateTimeOffset CreatedAt, DateTimeOffset SendAfter,
    DateTimeOffset? HeldAt, string? HeldBy, DateTimeOffset? GivenOutAt, int Recipients, int Sent, int Waiting, int Failed);
