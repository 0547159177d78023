namespace CstoPress.Core.Publications;

/// <summary>
/// How much an edit of a published item changes it. A major change is news: a public change note, the feeds'
/// entry updated, subscribers told 'Updated: …', translations marked for updating. A minor one (a typo) is none of that.
/// </summary>
public enum ChangeSize
{
    Minor = 0,
    Major = 1,
}
