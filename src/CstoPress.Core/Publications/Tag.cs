namespace CstoPress.Core.Publications;

public class Tag
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public List<Publication> Publications { get; set; } = [];
}
