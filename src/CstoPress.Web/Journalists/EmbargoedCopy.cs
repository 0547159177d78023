using CstoPress.Core.Journalists;
using CstoPress.Data.Repositories.Journalists;

namespace CstoPress.Web.Journalists;

/// <summary>
/// One journalist's copy of an embargoed item: the embargo line in its title and at the head of its text,
/// in Moscow time, UTC and the journalist's own zone, and the recipient code in its footer.
/// </summary>
public sealed record EmbargoedCopy(EmbargoedItem Item, string EmbargoLine, string Footer)
{
    public string Title => $"{EmbargoLine}: {Item.Title}";

    public static EmbargoedCopy For(EmbargoedItem item, ActiveJournalist journalist, PressOfficeTime pressOffice)
    {
        var line = Core.Journalists.EmbargoLine.For(item.PublishedAt, pressOffice, Core.Journalists.EmbargoLine.ZoneOf(journalist.TimeZone));
        var footer = $"Embargoed copy for {journalist.Name}, {journalist.Outlet}. Not for publication or broadcast before the time above. "
                     + $"Recipient code {RecipientCodes.Printed(journalist.RecipientCode)}.";
        return new EmbargoedCopy(item, line, footer);
    }
}
