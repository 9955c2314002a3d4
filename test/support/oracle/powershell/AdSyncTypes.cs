// The object model the ADSync cmdlets hand to scripts, as far as the password-sync procedure uses
// it. Compiled once per pwsh process by OracleServer.ps1; every runspace shares the types, and
// the static Journal is cleared before each script runs.
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Microsoft.IdentityManagement.PowerShell.ObjectModel
{
    public enum ConfigurationParameterDataType { String, Integer, Boolean, Text, Encrypted, Label, Divider, DropDown, FileName }
    public enum ParameterScope { ConnectorGlobal, Partition, RunStep, Connectivity, Schema, Capabilities, Other }

    public class ConfigurationParameter
    {
        public ConfigurationParameter(string name, ConfigurationParameterDataType dataType, ParameterScope scope, object validation, object defaultValue, object extensible)
        {
            Name = name;
            DataType = dataType;
            Scope = scope;
            Id = AdSyncOracle.Journal.ParameterCreated(name);
        }

        public int Id { get; private set; }
        public string Name { get; private set; }
        public ConfigurationParameterDataType DataType { get; private set; }
        public ParameterScope Scope { get; private set; }
        // The sync engine keeps every value as text: `$p.Value = 1` stores "1".
        public string Value { get; set; }

        public ConfigurationParameter Copy()
        {
            return (ConfigurationParameter)MemberwiseClone();
        }
    }

    /// <summary>Keyed by name, as the real collection is: adding a name already present throws.</summary>
    public class ConfigurationParameterKeyedCollection : KeyedCollection<string, ConfigurationParameter>
    {
        private bool quiet;

        public ConfigurationParameterKeyedCollection(string owner) : base(StringComparer.OrdinalIgnoreCase) { Owner = owner; }
        public string Owner { get; private set; }
        protected override string GetKeyForItem(ConfigurationParameter item) { return item.Name; }

        internal void AddQuietly(ConfigurationParameter item)
        {
            quiet = true;
            try { Add(item); } finally { quiet = false; }
        }

        protected override void InsertItem(int index, ConfigurationParameter item)
        {
            if (item == null) throw new ArgumentNullException("item");
            if (Contains(item.Name))
            {
                if (!quiet) AdSyncOracle.Journal.Note("addFailed", Owner, item.Name, item.Id.ToString());
                throw new ArgumentException("A parameter named '" + item.Name + "' is already in the collection.");
            }
            base.InsertItem(index, item);
            if (!quiet) AdSyncOracle.Journal.Note("add", Owner, item.Name, item.Id.ToString());
        }

        protected override void RemoveItem(int index)
        {
            string name = this[index].Name;
            base.RemoveItem(index);
            AdSyncOracle.Journal.Note("remove", Owner, name, "");
        }
    }

    public class Connector
    {
        public Connector(string name, string type, string subType, Guid identifier)
        {
            Name = name;
            Type = type;
            SubType = subType;
            Identifier = identifier;
            GlobalParameters = new ConfigurationParameterKeyedCollection(name);
        }

        public string Name { get; set; }
        public string Type { get; set; }
        public string SubType { get; set; }
        public Guid Identifier { get; set; }
        public ConfigurationParameterKeyedCollection GlobalParameters { get; private set; }

        /// <summary>What Get-ADSyncConnector returns: a new object each time, as the real cmdlet does.</summary>
        public Connector Copy()
        {
            var copy = new Connector(Name, Type, SubType, Identifier);
            foreach (var parameter in GlobalParameters) copy.GlobalParameters.AddQuietly(parameter.Copy());
            return copy;
        }
    }
}

namespace AdSyncOracle
{
    /// <summary>What happened to the simulated server during one script, in order.</summary>
    public static class Journal
    {
        private static readonly List<string[]> entries = new List<string[]>();
        private static int nextParameterId;

        public static void Clear() { entries.Clear(); nextParameterId = 0; }

        public static void Note(params string[] fields)
        {
            var entry = new string[fields.Length];
            for (int i = 0; i < fields.Length; i++) entry[i] = fields[i] ?? "";
            entries.Add(entry);
        }

        public static int ParameterCreated(string name)
        {
            int id = ++nextParameterId;
            Note("parameterCreated", "", name, id.ToString());
            return id;
        }

        public static List<string[]> Entries { get { return entries; } }
    }
}
