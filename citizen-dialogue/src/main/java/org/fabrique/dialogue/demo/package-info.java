/**
 * The citizen-dialogue part of the demo data: three programmes at every stage, built through the dialogue's
 * own domain behaviour, offered to the start-up through the core's
 * {@link org.fabrique.core.application.DemoContent}. Nothing outside the demo imports it.
 */
package org.fabrique.dialogue.demo;
