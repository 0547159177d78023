namespace CstoPress.Core.People;

/// <summary>An organ of the Organization a publication can be about: the Collective Security Council, the Secretariat.</summary>
public class OrganizationBody
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string NameRu { get; set; }
    public List<Publication> Publications { get; set; } = [];
}
