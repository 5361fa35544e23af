/**
 * Bulk intake: an intake job holds many uploaded files (or a zip of them), stored in one transaction with the job; a
 * worker submits each as an ordinary upload in its own transaction ({@code IntakeJobService}, {@code IntakeJobWorker},
 * {@code IntakeFileProcessor}); the views and counts of {@code GET /api/v1/intake-jobs/{id}} and the job's page. Reading
 * one document (.txt, .docx, .pdf, zip entries) is in {@code io.fazhi.submission.intake}.
 */
package io.fazhi.submission.bulk;
