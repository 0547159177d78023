namespace CstoPress.Core.Publications;

/// <summary>A part of the site's navigation: News, Secretary General, Statements, Documents, Interviews.</summary>
public class Section
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string NameRu { get; set; }
    public int Order { get; set; }

    public string NameIn(ContentLanguage language) => language == ContentLanguage.Ru ? NameRu : Name;
}
