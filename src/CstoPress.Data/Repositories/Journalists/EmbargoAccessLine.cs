using CstoPress.Core.Journalists;

namespace CstoPress.Data.Repositories.Journalists;

/// <summary>One line of an item's embargo access log, or of a recipient's: who saw what, when, how, from where.</summary>
public sealed record EmbargoAccessLine(
    DateTimeOffset At, EmbargoChannel Channel, string? RemoteAddress, int PublicationId, string Title, string Journalist, string Outlet, string RecipientCode);
