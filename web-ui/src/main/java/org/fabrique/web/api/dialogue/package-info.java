/** REST resources of the citizen-dialogue programme (api.md, "Citizen dialogue"). */
package org.fabrique.web.api.dialogue;
