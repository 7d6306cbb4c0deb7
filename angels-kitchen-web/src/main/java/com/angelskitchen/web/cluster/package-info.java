/**
 * What makes several servers one kitchen. Each server keeps one PostgreSQL connection listening for
 * the notices other servers' transactions send as they commit (the kitchen log grew, a staff
 * member's access changed), and acts on them as if the change had been made here: its screens get
 * the new kitchen events, its sessions and screens of a changed member are ended. The same
 * connection tells the others this server is alive: a server whose connection is gone is gone. Web
 * sessions and the entity cache are kept in step by Payara (its data grid), not here.
 */
package com.angelskitchen.web.cluster;
