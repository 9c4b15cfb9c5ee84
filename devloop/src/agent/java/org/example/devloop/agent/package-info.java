/**
 * The file change agent of a dev-mode Liberty server ({@code -javaagent:devloop-agent.jar}): swaps
 * edited method bodies into the running application ({@link org.example.devloop.agent.HotSwap}) or
 * restarts it the moment its files change ({@link org.example.devloop.agent.LibertyRestart}),
 * watching what its loose application definitions name ({@link
 * org.example.devloop.agent.LooseApplications}). Entry point: {@link
 * org.example.devloop.agent.FileChangeAgent}.
 */
package org.example.devloop.agent;
