namespace CstoPress.Core.Organization;

/// <summary>
/// The rules of a body's periods: one chairing State at a time, and one representative of a State at a
/// time, so that "who chaired on that day" always has a single answer.
/// </summary>
public static class BodyTerms
{
    public static MemberState? ChairOn(this OrganizationBody body, DateOnly day) =>
        body.Chairmanships.FirstOrDefault(c => c.Covers(day))?.State;

    public static void AddChairmanship(this OrganizationBody body, BodyChairmanship chairmanship)
    {
        RequireOrdered(chairmanship.From, chairmanship.To);
        if (body.Chairmanships.Any(c => Overlap(c.From, c.To, chairmanship.From, chairmanship.To)))
        {
            throw new RegisterRuleException("Another State chairs the body during part of this period.");
        }

        body.Chairmanships.Add(chairmanship);
    }

    public static void AddRepresentative(this OrganizationBody body, BodyRepresentative representative)
    {
        RequireOrdered(representative.From, representative.To);
        if (body.Representatives.Any(r => r.State == representative.State && Overlap(r.From, r.To, representative.From, representative.To)))
        {
            throw new RegisterRuleException("The State already has a representative in the body during part of this period.");
        }

        body.Representatives.Add(representative);
    }

    /// <summary>Closes a period still open (or corrects its end): the chair or representative served until <paramref name="to"/>.</summary>
    public static void EndChairmanship(this OrganizationBody body, int id, DateOnly to)
    {
        var chairmanship = body.Chairmanships.FirstOrDefault(c => c.Id == id) ?? throw new RegisterRuleException("This chairmanship is no longer in the register.");
        RequireOrdered(chairmanship.From, to);
        if (body.Chairmanships.Any(c => c.Id != id && Overlap(c.From, c.To, chairmanship.From, to)))
        {
            throw new RegisterRuleException("Another State chairs the body during part of this period.");
        }

        chairmanship.To = to;
    }

    public static void EndRepresentative(this OrganizationBody body, int id, DateOnly to)
    {
        var representative = body.Representatives.FirstOrDefault(r => r.Id == id) ?? throw new RegisterRuleException("This representative is no longer in the register.");
        RequireOrdered(representative.From, to);
        representative.To = to;
    }

    /// <summary>The representatives on a day, one per State, in the States' order.</summary>
    public static IReadOnlyList<BodyRepresentative> RepresentativesOn(this OrganizationBody body, DateOnly day) =>
        [.. body.Representatives.Where(r => r.Covers(day)).OrderBy(r => r.State)];

    private static void RequireOrdered(DateOnly from, DateOnly? to)
    {
        if (to < from)
        {
            throw new RegisterRuleException("A period cannot end before it begins.");
        }
    }

    private static bool Overlap(DateOnly aFrom, DateOnly? aTo, DateOnly bFrom, DateOnly? bTo) =>
        aFrom <= (bTo ?? DateOnly.MaxValue) && bFrom <= (aTo ?? DateOnly.MaxValue);
}
