// The Shoelace components only the grid's popovers use (the filter popovers and the Columns menu),
// imported by the grid on the first open of one (`import('./popover-parts.js')`): the grid's first
// render, and the page's initial bundle, do without them.
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
import '@shoelace-style/shoelace/dist/components/dropdown/dropdown.js';
import '@shoelace-style/shoelace/dist/components/menu/menu.js';
import '@shoelace-style/shoelace/dist/components/menu-item/menu-item.js';
