/** The uploaded original files of a report: their safe names, what is stored of them and how they are listed. */
package io.fazhi.submission.files;
