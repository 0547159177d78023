using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CstoPress.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrganizationRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "order",
                table: "organization_bodies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "role",
                table: "organization_bodies",
                type: "character varying(10000)",
                maxLength: 10000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "role_ru",
                table: "organization_bodies",
                type: "character varying(10000)",
                maxLength: 10000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "body_chairmanships",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    body_id = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_body_chairmanships", x => x.id);
                    table.ForeignKey(
                        name: "fk_body_chairmanships_organization_bodies_body_id",
                        column: x => x.body_id,
                        principalTable: "organization_bodies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "body_representatives",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    body_id = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_ru = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    post = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    post_ru = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_body_representatives", x => x.id);
                    table.ForeignKey(
                        name: "fk_body_representatives_organization_bodies_body_id",
                        column: x => x.body_id,
                        principalTable: "organization_bodies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    symbol = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    symbol_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    body_id = table.Column<int>(type: "integer", nullable: true),
                    adopting_body_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    stage = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    review_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    review_submitted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    review_published_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    review_published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_documents_organization_bodies_body_id",
                        column: x => x.body_id,
                        principalTable: "organization_bodies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    body_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    place_ru = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    chair = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    chair_ru = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    agenda = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    agenda_ru = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    review_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    review_submitted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    review_published_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    review_published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => x.id);
                    table.ForeignKey(
                        name: "fk_meetings_organization_bodies_body_id",
                        column: x => x.body_id,
                        principalTable: "organization_bodies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "document_news",
                columns: table => new
                {
                    document_id = table.Column<int>(type: "integer", nullable: false),
                    publication_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_news", x => new { x.document_id, x.publication_id });
                    table.ForeignKey(
                        name: "fk_document_news_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_document_news_publications_publication_id",
                        column: x => x.publication_id,
                        principalTable: "publications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "document_versions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    document_id = table.Column<int>(type: "integer", nullable: false),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    is_original = table.Column<bool>(type: "boolean", nullable: false),
                    is_unofficial = table.Column<bool>(type: "boolean", nullable: false),
                    source_publication_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_document_versions_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_document_versions_publications_source_publication_id",
                        column: x => x.source_publication_id,
                        principalTable: "publications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "document_steps",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    document_id = table.Column<int>(type: "integer", nullable: false),
                    stage = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    taken_on = table.Column<DateOnly>(type: "date", nullable: false),
                    meeting_id = table.Column<int>(type: "integer", nullable: true),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_document_steps_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_document_steps_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "meeting_news",
                columns: table => new
                {
                    meeting_id = table.Column<int>(type: "integer", nullable: false),
                    publication_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_news", x => new { x.meeting_id, x.publication_id });
                    table.ForeignKey(
                        name: "fk_meeting_news_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_meeting_news_publications_publication_id",
                        column: x => x.publication_id,
                        principalTable: "publications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_status_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    meeting_id = table.Column<int>(type: "integer", nullable: false),
                    from = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    to = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    previous_day = table.Column<DateOnly>(type: "date", nullable: true),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_status_changes_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "document_files",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    document_version_id = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    format = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_document_files_document_versions_document_version_id",
                        column: x => x.document_version_id,
                        principalTable: "document_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_body_chairmanships_body_id_from",
                table: "body_chairmanships",
                columns: new[] { "body_id", "from" });

            migrationBuilder.CreateIndex(
                name: "ix_body_representatives_body_id_state_from",
                table: "body_representatives",
                columns: new[] { "body_id", "state", "from" });

            migrationBuilder.CreateIndex(
                name: "ix_document_files_document_version_id",
                table: "document_files",
                column: "document_version_id");

            migrationBuilder.CreateIndex(
                name: "ix_document_news_publication_id",
                table: "document_news",
                column: "publication_id");

            migrationBuilder.CreateIndex(
                name: "ix_document_steps_document_id",
                table: "document_steps",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_document_steps_meeting_id",
                table: "document_steps",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_document_versions_document_id_language",
                table: "document_versions",
                columns: new[] { "document_id", "language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_document_versions_source_publication_id",
                table: "document_versions",
                column: "source_publication_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_body_id",
                table: "documents",
                column: "body_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_symbol_key",
                table: "documents",
                column: "symbol_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meeting_news_publication_id",
                table: "meeting_news",
                column: "publication_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_status_changes_meeting_id",
                table: "meeting_status_changes",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_body_id_number",
                table: "meetings",
                columns: new[] { "body_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meetings_starts_on",
                table: "meetings",
                column: "starts_on");

            migrationBuilder.Sql(RegisterFromPublications.Sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "body_chairmanships");

            migrationBuilder.DropTable(
                name: "body_representatives");

            migrationBuilder.DropTable(
                name: "document_files");

            migrationBuilder.DropTable(
                name: "document_news");

            migrationBuilder.DropTable(
                name: "document_steps");

            migrationBuilder.DropTable(
                name: "meeting_news");

            migrationBuilder.DropTable(
                name: "meeting_status_changes");

            migrationBuilder.DropTable(
                name: "document_versions");

            migrationBuilder.DropTable(
                name: "meetings");

            migrationBuilder.DropTable(
                name: "documents");

            migrationBuilder.DropColumn(
                name: "order",
                table: "organization_bodies");

            migrationBuilder.DropColumn(
                name: "role",
                table: "organization_bodies");

            migrationBuilder.DropColumn(
                name: "role_ru",
                table: "organization_bodies");
        }
    }
}
