namespace CstoPress.Web.Feeds;

/// <summary>
/// Ids of feeds and entries as tag: URIs (RFC 4151) built on the publication's database id, never on
/// its address: a corrected slug or a move to a new domain must not make readers see an item twice.
/// </summary>
public sealed class FeedIdentity(string authority)
{
    public const string DefaultAuthority = "odkb-csto.org";

    private string Prefix => $"tag:{authority},2024:";

    public string Feed(string name) => Prefix + "feed/" + name;

    /// <summary>The scheme of a set of categories that has no page of its own (kinds, corrections).</summary>
    public string Scheme(string name) => Prefix + "scheme/" + name;

    public string Publication(int id) => Prefix + "publication/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A journalist's embargoed copy: not the public entry, which readers must still see when it goes out.</summary>
    public string EmbargoedCopy(int id) => Prefix + "embargoed/" + id.ToString(CultureInfo.InvariantCulture);

    public string ChangeNote(int id) => Prefix + "change/" + id.ToString(CultureInfo.InvariantCulture);

    public string Withdrawal(int publicationId) => Prefix + "withdrawal/" + publicationId.ToString(CultureInfo.InvariantCulture);

    /// <summary>A meeting's event in the calendar feed (its UID), and a document's entry: stable across corrections of the date or symbol.</summary>
    public string Meeting(int id) => Prefix + "meeting/" + id.ToString(CultureInfo.InvariantCulture);

    public string Document(int id) => Prefix + "document/" + id.ToString(CultureInfo.InvariantCulture);
}
