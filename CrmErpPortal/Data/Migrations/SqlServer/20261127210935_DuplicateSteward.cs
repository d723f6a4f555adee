using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmErpPortal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DuplicateSteward : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "MergedFromCustomerId",
                table: "SourceLinks",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DuplicateCandidateId",
                table: "MergeRecords",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ClusterId",
                table: "DuplicateCandidates",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClusterSize",
                table: "DuplicateCandidates",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "DecisionFingerprint",
                table: "DuplicateCandidates",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DeferredUntil",
                table: "DuplicateCandidates",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FieldsFingerprint",
                table: "DuplicateCandidates",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "PriorWeight",
                table: "DuplicateCandidates",
                type: "float",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ScoredAt",
                table: "DuplicateCandidates",
                type: "datetimeoffset",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.CreateTable(
                name: "DuplicateModels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TrainedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordCount = table.Column<int>(type: "int", nullable: false),
                    CandidatePairCount = table.Column<long>(type: "bigint", nullable: false),
                    ParametersJson = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DuplicateModels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DuplicateScoringRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    RequestedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    QueuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Phase = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Processed = table.Column<int>(type: "int", nullable: false),
                    Total = table.Column<int>(type: "int", nullable: false),
                    CandidatePairs = table.Column<long>(type: "bigint", nullable: false),
                    PairsProposed = table.Column<int>(type: "int", nullable: false),
                    PairsReopened = table.Column<int>(type: "int", nullable: false),
                    PairsDismissed = table.Column<int>(type: "int", nullable: false),
                    ChangesUpTo = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Error = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DuplicateScoringRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DuplicateCandidates_ClusterId",
                table: "DuplicateCandidates",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_DuplicateModels_TrainedAt",
                table: "DuplicateModels",
                column: "TrainedAt");

            migrationBuilder.CreateIndex(
                name: "IX_DuplicateScoringRuns_Kind_Status",
                table: "DuplicateScoringRuns",
                columns: new[] { "Kind", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_DuplicateScoringRuns_QueuedAt",
                table: "DuplicateScoringRuns",
                column: "QueuedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DuplicateModels");

            migrationBuilder.DropTable(
                name: "DuplicateScoringRuns");

            migrationBuilder.DropIndex(
                name: "IX_DuplicateCandidates_ClusterId",
                table: "DuplicateCandidates");

            migrationBuilder.DropColumn(
                name: "MergedFromCustomerId",
                table: "SourceLinks");

            migrationBuilder.DropColumn(
                name: "DuplicateCandidateId",
                table: "MergeRecords");

            migrationBuilder.DropColumn(
                name: "ClusterId",
                table: "DuplicateCandidates");

            migrationBuilder.DropColumn(
                name: "ClusterSize",
                table: "DuplicateCandidates");

            migrationBuilder.DropColumn(
                name: "DecisionFingerprint",
                table: "DuplicateCandidates");

            migrationBuilder.DropColumn(
                name: "DeferredUntil",
                table: "DuplicateCandidates");

            migrationBuilder.DropColumn(
                name: "FieldsFingerprint",
                table: "DuplicateCandidates");

            migrationBuilder.DropColumn(
                name: "PriorWeight",
                table: "DuplicateCandidates");

            migrationBuilder.DropColumn(
                name: "ScoredAt",
                table: "DuplicateCandidates");
        }
    }
}
