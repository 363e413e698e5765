import type { AriaLabelConfig } from "@xyflow/react";

/**
 * What a screen reader hears on the map. React Flow's default tells people to move and delete
 * nodes with the keyboard, which this read-only map does not allow.
 */
export const ARIA_LABELS: Partial<AriaLabelConfig> = {
  "node.a11yDescription.default": "Press Enter to focus this node and light what feeds it and what it feeds. Escape clears the focus. Tab goes on to the next node.",
  "node.a11yDescription.keyboardDisabled": "Press Enter to focus this node and light what feeds it and what it feeds. Escape clears the focus. Tab goes on to the next node.",
  "edge.a11yDescription.default": "A flow between two nodes; its details open in the side panel.",
  "controls.ariaLabel": "Zoom controls",
  "controls.zoomIn.ariaLabel": "Zoom in",
  "controls.zoomOut.ariaLabel": "Zoom out",
  "controls.fitView.ariaLabel": "Fit the whole map",
  "minimap.ariaLabel": "Overview of the whole map",
};
