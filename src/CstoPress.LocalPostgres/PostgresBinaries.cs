namespace CstoPress.LocalPostgres;

/// <summary>Where initdb and pg_ctl live: PG_BIN if set, the PATH, or Debian's versioned folders.</summary>
internal sealed record PostgresBinaries(string InitDb, string PgCtl)
{
    /// <summary>Beside pg_ctl in every PostgreSQL server package (which PATH may hold as a link to it alone).</summary>
    public string PgBaseBackup =>
        Path.Combine(Path.GetDirectoryName(new FileInfo(PgCtl).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? PgCtl)!, "pg_basebackup");

    public static PostgresBinaries? Find()
    {
        var folders = new List<string>();
        if (Environment.GetEnvironmentVariable("PG_BIN") is { Length: > 0 } configured)
        {
            folders.Add(configured);
        }

        folders.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            folders.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var version) ? version : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        foreach (var folder in folders)
        {
            var initDb = Path.Combine(folder, "initdb");
            var pgCtl = Path.Combine(folder, "pg_ctl");
            if (File.Exists(initDb) && File.Exists(pgCtl))
            {
                return new PostgresBinaries(initDb, pgCtl);
            }
        }

        return null;
    }
}
