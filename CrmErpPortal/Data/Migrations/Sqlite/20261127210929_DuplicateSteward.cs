using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmErpPortal.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DuplicateCandidateId",
                table: "MergeRecords",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ClusterId",
                table: "DuplicateCandidates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClusterSize",
                table: "DuplicateCandidates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "DecisionFingerprint",
                table: "DuplicateCandidates",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DeferredUntil",
                table: "DuplicateCandidates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FieldsFingerprint",
                table: "DuplicateCandidates",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "PriorWeight",
                table: "DuplicateCandidates",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<long>(
                name: "ScoredAt",
                table: "DuplicateCandidates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "DuplicateModels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrainedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CandidatePairCount = table.Column<long>(type: "INTEGER", nullable: false),
                    ParametersJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DuplicateModels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DuplicateScoringRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    QueuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Processed = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    CandidatePairs = table.Column<long>(type: "INTEGER", nullable: false),
                    PairsProposed = table.Column<int>(type: "INTEGER", nullable: false),
                    PairsReopened = table.Column<int>(type: "INTEGER", nullable: false),
                    PairsDismissed = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangesUpTo = table.Column<long>(type: "INTEGER", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
