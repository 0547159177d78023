namespace CstoPress.Core.Journalists;

/// <summary>Where a journalist's request for accreditation stands.</summary>
public enum AccreditationStatus
{
    /// <summary>Sent, but the work e-mail address is not confirmed yet: the press office does not see it.</summary>
    AwaitingEmailConfirmation = 0,

    /// <summary>Confirmed and waiting for the press office to decide.</summary>
    Requested = 1,

    Accredited = 2,
    Refused = 3,

    /// <summary>Accreditation taken back: embargoed items and the personal feed are closed at once.</summary>
    Revoked = 4,
}
