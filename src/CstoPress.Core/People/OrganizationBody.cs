using CstoPress.Core.Organization;

namespace CstoPress.Core.People;

/// <summary>
/// An organ of the Organization: the Collective Security Council, the Secretariat. Publications are about
/// it; its page shows its role, who chaired it when, its States' representatives, its meetings and documents.
/// </summary>
public class OrganizationBody
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string NameRu { get; set; }

    /// <summary>What the body does, in a paragraph or two (Markdown).</summary>
    public string Role { get; set; } = "";
    public string RoleRu { get; set; } = "";

    /// <summary>Where it stands in the list of bodies: the Charter's order, the highest body first.</summary>
    public int Order { get; set; }

    public List<Publication> Publications { get; set; } = [];
    public List<BodyChairmanship> Chairmanships { get; set; } = [];
    public List<BodyRepresentative> Representatives { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }

    public string NameIn(ContentLanguage language) => language == ContentLanguage.Ru ? NameRu : Name;
}
