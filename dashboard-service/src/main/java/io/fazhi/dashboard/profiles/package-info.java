/**
 * What the dashboard says of one township: its profile over the years ({@code GET /api/v1/township-profiles/{code}}),
 * the explanation of its composite rank, and the values with their places in the report text for the report page.
 */
package io.fazhi.dashboard.profiles;
