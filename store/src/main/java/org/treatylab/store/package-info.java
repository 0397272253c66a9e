package org.treatylab.store;
