using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityVoice.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SubmissionTopics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Topics",
                table: "Submissions",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Topics",
                table: "Submissions");
        }
    }
}
