using System.Linq.Expressions;
using NpgsqlTypes;

namespace CstoPress.Data.Search;

/// <summary>Which items the words match: the parse of the words in the search configurations, and the items found by name.</summary>
internal static class SearchMatching
{
    private const string Vector = "SearchVector";

    /// <summary>
    /// The query is parsed in both configurations and the two are OR-ed: each item's vector was built
    /// in its own language, so an English item is matched by the English parse and a Russian one by the
    /// Russian parse. Words in Latin letters parse alike in both (the Russian configuration stems them
    /// as English), and the English parse alone spares the index half its work. One condition on the
    /// vector lets PostgreSQL answer from the GIN index; a configuration chosen per row could not.
    /// Items found by name are the named people's speeches, the items about them and the titles spelt
    /// close to the words.
    /// </summary>
    public static Expression<Func<Publication, bool>> Matching(string query, NamedPeople named)
    {
        var parsesAlike = ParsesAlike(query);
        return named.IsEmpty
            ? p => EF.Property<NpgsqlTsVector>(p, Vector).Matches(parsesAlike
                ? EF.Functions.WebSearchToTsQuery("english", query)
                : EF.Functions.WebSearchToTsQuery("english", query).Or(EF.Functions.WebSearchToTsQuery("russian", query)))
            : p => EF.Property<NpgsqlTsVector>(p, Vector).Matches(parsesAlike
                    ? EF.Functions.WebSearchToTsQuery("english", query)
                    : EF.Functions.WebSearchToTsQuery("english", query).Or(EF.Functions.WebSearchToTsQuery("russian", query)))
                || (p.Speech.SpeakerId != null && named.People.Contains(p.Speech.SpeakerId.Value))
                || named.About.Contains(p.Id)
                || named.Titled.Contains(p.Id);
    }

    /// <summary>Whether the words parse alike in English and Russian: so they do when every letter is in ASCII.</summary>
    public static bool ParsesAlike(string query) => query.All(char.IsAscii);
}
