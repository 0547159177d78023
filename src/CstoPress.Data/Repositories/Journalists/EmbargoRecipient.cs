using CstoPress.Core.Journalists;

namespace CstoPress.Data.Repositories.Journalists;

/// <summary>Whose copies carry a recipient code, for the press office looking into a leak.</summary>
public sealed record EmbargoRecipient(
    int AccreditationId, string RecipientCode, string Name, string Outlet, string WorkEmail, AccreditationStatus Status, IReadOnlyList<EmbargoAccessLine> Accesses);
