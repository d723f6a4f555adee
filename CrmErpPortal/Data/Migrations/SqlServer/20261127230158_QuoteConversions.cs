using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmErpPortal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class QuoteConversions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ConversionIssues_QuoteId",
                table: "ConversionIssues");

            migrationBuilder.AddColumn<Guid>(
                name: "SalesOrderId",
                table: "ConversionIssues",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CreditRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    QuoteId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CrmQuoteId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Amount = table.Column<decimal>(type: "decimal(19,4)", precision: 19, scale: 4, nullable: false),
                    CurrencyCode = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RequestedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RequestedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DecidedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DecidedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecisionComment = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UsedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UsedForOrderNumber = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    ChangeRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditRequests_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QuoteConversions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    QuoteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CrmQuoteId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(19,4)", precision: 19, scale: 4, nullable: false),
                    CurrencyCode = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    ErpOrderId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ErpOrderNumber = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    CrmOrderId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Summary = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Exposure = table.Column<decimal>(type: "decimal(19,4)", precision: 19, scale: 4, nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastRequestedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    FirstAttemptAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastAttemptAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConvertedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuoteConversions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuoteConversions_Quotes_QuoteId",
                        column: x => x.QuoteId,
                        principalTable: "Quotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConversionIssues_QuoteId_Cause",
                table: "ConversionIssues",
                columns: new[] { "QuoteId", "Cause" },
                unique: true,
                filter: "Status = 'Open' AND QuoteId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ConversionIssues_SalesOrderId_Cause",
                table: "ConversionIssues",
                columns: new[] { "SalesOrderId", "Cause" },
                unique: true,
                filter: "Status = 'Open' AND SalesOrderId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRequests_CrmQuoteId_Status",
                table: "CreditRequests",
                columns: new[] { "CrmQuoteId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRequests_CustomerId",
                table: "CreditRequests",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRequests_Status_RequestedAt",
                table: "CreditRequests",
                columns: new[] { "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QuoteConversions_CrmQuoteId",
                table: "QuoteConversions",
                column: "CrmQuoteId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuoteConversions_CustomerId_Status",
                table: "QuoteConversions",
                columns: new[] { "CustomerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_QuoteConversions_LastRequestedBy_LastAttemptAt",
                table: "QuoteConversions",
                columns: new[] { "LastRequestedBy", "LastAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QuoteConversions_QuoteId",
                table: "QuoteConversions",
                column: "QuoteId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_ConversionIssues_SalesOrders_SalesOrderId",
                table: "ConversionIssues",
                column: "SalesOrderId",
                principalTable: "SalesOrders",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ConversionIssues_SalesOrders_SalesOrderId",
                table: "ConversionIssues");

            migrationBuilder.DropTable(
                name: "CreditRequests");

            migrationBuilder.DropTable(
                name: "QuoteConversions");

            migrationBuilder.DropIndex(
                name: "IX_ConversionIssues_QuoteId_Cause",
                table: "ConversionIssues");

            migrationBuilder.DropIndex(
                name: "IX_ConversionIssues_SalesOrderId_Cause",
                table: "ConversionIssues");

            migrationBuilder.DropColumn(
                name: "SalesOrderId",
                table: "ConversionIssues");

            migrationBuilder.CreateIndex(
                name: "IX_ConversionIssues_QuoteId",
                table: "ConversionIssues",
                column: "QuoteId");
        }
    }
}
